package org.improvementtracker.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.DateRange;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.NotPermittedException;
import org.improvementtracker.security.AuthenticatedUser;
import org.improvementtracker.security.CurrentUser;
import org.improvementtracker.security.Role;
import org.improvementtracker.security.User;

/** Boards' meetings and the actions arising from them. */
@ApplicationScoped
public class MeetingService {

  @Inject EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public List<BoardRecords.MeetingResponse> list(Long boardId, Meeting.Status status) {
    var query =
        em.createQuery(
            "from Meeting m join fetch m.board b where true"
                + (boardId != null ? " and b.id = :board" : "")
                + (status != null ? " and m.status = :status" : "")
                + " order by m.date, m.id",
            Meeting.class);
    if (boardId != null) {
      query.setParameter("board", boardId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList().stream().map(this::response).toList();
  }

  public BoardRecords.MeetingResponse get(Long id) {
    return response(find(id));
  }

  @Transactional
  public BoardRecords.MeetingResponse create(BoardRecords.MeetingRequest request) {
    Board board = board(request.boardId());
    Meeting meeting = new Meeting(board, details(request), now());
    em.persist(meeting);
    em.flush();
    BoardRecords.MeetingResponse created = response(meeting);
    audit.record("MEETING_CREATED", "Meeting", meeting.getId(), null, created);
    return created;
  }

  @Transactional
  public BoardRecords.MeetingResponse replace(
      Long id, String ifMatch, BoardRecords.MeetingRequest request) {
    Meeting meeting = find(id);
    ETags.requireMatch(ifMatch, meeting.getVersion());
    if (!meeting.getBoard().getId().equals(request.boardId())) {
      throw new InvalidInputException("boardId", "a meeting cannot move to another board");
    }
    BoardRecords.MeetingResponse before = response(meeting);
    meeting.revise(details(request), now());
    em.flush();
    BoardRecords.MeetingResponse after = response(meeting);
    audit.record("MEETING_UPDATED", "Meeting", id, before, after);
    return after;
  }

  /**
   * The actions arising a meeting deals with: those it raised, and those its board raised earlier
   * that were still open at its previous meeting, so that each is followed until it is closed.
   */
  public List<BoardRecords.ActionArisingResponse> actionsArising(Long meetingId) {
    Meeting meeting = find(meetingId);
    // LocalDate.MIN is no date PostgreSQL knows: a board's first meeting looks back to the start.
    LocalDate since =
        previous(meeting).map(Meeting::getDate).orElse(LocalDate.of(DateRange.FIRST_YEAR, 1, 1));
    LocalDate today = today();
    return em
        .createQuery(
            "select i from ActionArising i join fetch i.meeting m join fetch m.board b"
                + " where b = :board and (m = :meeting or (m.date < :date and (i.status = 'OPEN'"
                + " or i.closedOn >= :since)))"
                + " order by m.date, i.id",
            ActionArising.class)
        .setParameter("board", meeting.getBoard())
        .setParameter("meeting", meeting)
        .setParameter("date", meeting.getDate())
        .setParameter("since", since)
        .getResultList()
        .stream()
        .map(i -> BoardMapper.arising(i, today))
        .toList();
  }

  @Transactional
  public BoardRecords.ActionArisingResponse raise(
      Long meetingId, BoardRecords.ActionArisingRequest request) {
    Meeting meeting = find(meetingId);
    ActionArising item =
        new ActionArising(
            meeting,
            request.text().trim(),
            request.owner().trim(),
            owner(request.ownerUserId()),
            request.dueDate(),
            now());
    if (request.status() != null && request.status() != ActionArising.Status.OPEN) {
      item.changeStatus(request.status(), today());
    }
    em.persist(item);
    em.flush();
    BoardRecords.ActionArisingResponse created = BoardMapper.arising(item, today());
    audit.record("ACTION_ARISING_RAISED", "ActionArising", item.getId(), null, created);
    return created;
  }

  @Transactional
  public BoardRecords.ActionArisingResponse reviseArising(
      Long meetingId, Long id, String ifMatch, BoardRecords.ActionArisingRequest request) {
    ActionArising item = em.find(ActionArising.class, id);
    if (item == null || !item.getMeeting().getId().equals(meetingId)) {
      throw new NotFoundException("Action arising", id);
    }
    ETags.requireMatch(ifMatch, item.getVersion());
    BoardRecords.ActionArisingResponse before = BoardMapper.arising(item, today());
    item.revise(
        request.text().trim(),
        request.owner().trim(),
        owner(request.ownerUserId()),
        request.dueDate());
    ActionArising.Status status =
        request.status() == null ? ActionArising.Status.OPEN : request.status();
    if (status != item.getStatus()) {
      item.changeStatus(status, today());
    }
    em.flush();
    BoardRecords.ActionArisingResponse after = BoardMapper.arising(item, today());
    audit.record("ACTION_ARISING_UPDATED", "ActionArising", id, before, after);
    return after;
  }

  /** The open actions arising a user owns, across every board, oldest due first. */
  public List<BoardRecords.ActionArisingResponse> openArisingOwnedBy(Long userId) {
    LocalDate today = today();
    return em
        .createQuery(
            "select i from ActionArising i join fetch i.meeting m join fetch m.board"
                + " where i.ownerUser.id = :user and i.status = 'OPEN'"
                + " order by i.dueDate nulls last, i.id",
            ActionArising.class)
        .setParameter("user", userId)
        .getResultList()
        .stream()
        .map(i -> BoardMapper.arising(i, today))
        .toList();
  }

  /**
   * Partners read a meeting's reports only when their organisation sits on its board; everyone else
   * who may read the plan may read them.
   */
  public void requireMayReadReports(Long meetingId) {
    Meeting meeting = find(meetingId);
    AuthenticatedUser user = currentUser.require();
    if (user.role() == Role.PARTNER && !meeting.getBoard().hasMember(user.organisationId())) {
      throw new NotPermittedException(
          user.organisationName()
              + " does not sit on "
              + meeting.getBoard().getName()
              + ": partners read only the reports of boards their organisation sits on");
    }
  }

  /** What a highlight report needs to know about its meeting and board. */
  public record Context(
      Long meetingId,
      Long boardId,
      String boardName,
      String chair,
      Long planId,
      LocalDate date,
      Meeting.Status status,
      LocalDate previousMeeting,
      LocalDate nextMeeting,
      boolean nextMeetingPlanned,
      List<Long> priorityIds) {}

  /**
   * The meeting in its board's sequence. With no earlier meeting, the report looks back one
   * cadence; with no later one, the next is expected one cadence on.
   */
  public Context context(Long meetingId) {
    Meeting meeting = find(meetingId);
    Board board = meeting.getBoard();
    Optional<Meeting> next = next(meeting);
    return new Context(
        meeting.getId(),
        board.getId(),
        board.getName(),
        board.getChair(),
        board.getPlan().getId(),
        meeting.getDate(),
        meeting.getStatus(),
        previous(meeting).map(Meeting::getDate).orElse(null),
        next.map(Meeting::getDate).orElse(board.getCadence().after(meeting.getDate())),
        next.isPresent(),
        board.getPriorities().stream().map(p -> p.getId()).sorted().toList());
  }

  Meeting find(Long id) {
    Meeting meeting = em.find(Meeting.class, id);
    if (meeting == null) {
      throw new NotFoundException("Meeting", id);
    }
    return meeting;
  }

  Optional<Meeting> previous(Meeting meeting) {
    return neighbour(meeting, "m.date < :date", "m.date desc, m.id desc");
  }

  Optional<Meeting> next(Meeting meeting) {
    return neighbour(meeting, "m.date > :date", "m.date, m.id");
  }

  private Optional<Meeting> neighbour(Meeting meeting, String condition, String order) {
    return em
        .createQuery(
            "from Meeting m where m.board = :board and " + condition + " order by " + order,
            Meeting.class)
        .setParameter("board", meeting.getBoard())
        .setParameter("date", meeting.getDate())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  private BoardRecords.MeetingResponse response(Meeting meeting) {
    return BoardMapper.meeting(meeting, previous(meeting).orElse(null), next(meeting).orElse(null));
  }

  private Board board(Long id) {
    Board board = em.find(Board.class, id);
    if (board == null) {
      throw new InvalidInputException("boardId", "no board has id " + id);
    }
    return board;
  }

  private User owner(Long userId) {
    if (userId == null) {
      return null;
    }
    User user = em.find(User.class, userId);
    if (user == null) {
      throw new InvalidInputException("ownerUserId", "no user has id " + userId);
    }
    return user;
  }

  private static MeetingDetails details(BoardRecords.MeetingRequest request) {
    return new MeetingDetails(
        request.date(),
        request.status(),
        request.attendees() == null
            ? List.of()
            : request.attendees().stream().map(String::trim).toList(),
        BoardService.text(request.minutes()),
        BoardService.text(request.decisions()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
