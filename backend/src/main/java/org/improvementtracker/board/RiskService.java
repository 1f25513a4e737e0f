package org.improvementtracker.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.plan.Priority;

/**
 * The judgement editors add to a meeting's highlight report that the records cannot supply: the
 * overall summary, progress and challenges per priority, and risks.
 */
@ApplicationScoped
public class RiskService {

  @Inject EntityManager em;
  @Inject MeetingService meetings;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The editors' judgement for one meeting, as the report assembles it. */
  public record Judgement(
      String summary,
      Map<Long, BoardRecords.PriorityCommentaryBody> commentary,
      List<BoardRecords.RiskResponse> risks) {}

  public Judgement judgement(Long meetingId) {
    Meeting meeting = meetings.find(meetingId);
    Map<Long, BoardRecords.PriorityCommentaryBody> commentary = new LinkedHashMap<>();
    em
        .createQuery(
            "from PriorityCommentary c where c.key.meetingId = :meeting", PriorityCommentary.class)
        .setParameter("meeting", meetingId)
        .getResultList()
        .stream()
        .forEach(
            c ->
                commentary.put(
                    c.getPriorityId(),
                    new BoardRecords.PriorityCommentaryBody(
                        c.getPriorityId(), c.getProgress(), c.getChallenges())));
    return new Judgement(meeting.getSummary(), commentary, list(meetingId));
  }

  public List<BoardRecords.RiskResponse> list(Long meetingId) {
    meetings.find(meetingId);
    return em
        .createQuery(
            "select r from Risk r left join fetch r.priority where r.meeting.id = :meeting"
                + " order by r.likelihood * r.impact desc, r.id",
            Risk.class)
        .setParameter("meeting", meetingId)
        .getResultList()
        .stream()
        .map(BoardMapper::risk)
        .toList();
  }

  @Transactional
  public BoardRecords.RiskResponse create(BoardRecords.RiskRequest request) {
    Meeting meeting = meeting(request.meetingId());
    Risk risk = new Risk(meeting, details(request, meeting), OffsetDateTime.now(clock));
    em.persist(risk);
    em.flush();
    BoardRecords.RiskResponse created = BoardMapper.risk(risk);
    audit.record("RISK_RAISED", "Risk", risk.getId(), null, created);
    return created;
  }

  @Transactional
  public BoardRecords.RiskResponse replace(
      Long id, String ifMatch, BoardRecords.RiskRequest request) {
    Risk risk = find(id);
    ETags.requireMatch(ifMatch, risk.getVersion());
    if (!risk.getMeeting().getId().equals(request.meetingId())) {
      throw new InvalidInputException("meetingId", "a risk cannot move to another meeting");
    }
    BoardRecords.RiskResponse before = BoardMapper.risk(risk);
    risk.revise(details(request, risk.getMeeting()));
    em.flush();
    BoardRecords.RiskResponse after = BoardMapper.risk(risk);
    audit.record("RISK_UPDATED", "Risk", id, before, after);
    return after;
  }

  @Transactional
  public void delete(Long id) {
    Risk risk = find(id);
    BoardRecords.RiskResponse before = BoardMapper.risk(risk);
    em.remove(risk);
    audit.record("RISK_REMOVED", "Risk", id, before, null);
  }

  /** Replaces the meeting's summary and the commentary of the priorities it names. */
  @Transactional
  public void writeCommentary(Long meetingId, BoardRecords.CommentaryRequest request) {
    Meeting meeting = meetings.find(meetingId);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < request.priorities().size(); i++) {
      Priority priority = em.find(Priority.class, request.priorities().get(i).priorityId());
      if (priority == null
          || !priority.getPlan().getId().equals(meeting.getBoard().getPlan().getId())) {
        errors.add(
            new FieldError(
                "priorities[" + i + "].priorityId", "no priority of this meeting's plan has it"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    meeting.summarise(request.summary().trim(), OffsetDateTime.now(clock));
    for (BoardRecords.PriorityCommentaryBody body : request.priorities()) {
      PriorityCommentary commentary =
          em.find(
              PriorityCommentary.class, new PriorityCommentary.Key(meetingId, body.priorityId()));
      if (commentary == null) {
        commentary = new PriorityCommentary(meetingId, body.priorityId());
        em.persist(commentary);
      }
      commentary.write(body.progress().trim(), body.challenges().trim());
    }
    em.flush();
    audit.record("REPORT_COMMENTARY_WRITTEN", "Meeting", meetingId, null, request);
  }

  private Risk find(Long id) {
    Risk risk = em.find(Risk.class, id);
    if (risk == null) {
      throw new NotFoundException("Risk", id);
    }
    return risk;
  }

  private Meeting meeting(Long id) {
    Meeting meeting = em.find(Meeting.class, id);
    if (meeting == null) {
      throw new InvalidInputException("meetingId", "no meeting has id " + id);
    }
    return meeting;
  }

  private RiskDetails details(BoardRecords.RiskRequest request, Meeting meeting) {
    Priority priority = null;
    if (request.priorityId() != null) {
      priority = em.find(Priority.class, request.priorityId());
      if (priority == null
          || !priority.getPlan().getId().equals(meeting.getBoard().getPlan().getId())) {
        throw new InvalidInputException(
            "priorityId", "no priority of this meeting's plan has id " + request.priorityId());
      }
    }
    return new RiskDetails(
        priority,
        request.description().trim(),
        request.likelihood(),
        request.impact(),
        request.owner().trim(),
        BoardService.text(request.mitigation()));
  }
}
