package org.improvementtracker.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.User;

/** The boards: who chairs them, how often they meet, who sits on them, what reports to them. */
@ApplicationScoped
public class BoardService {

  @Inject EntityManager em;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public List<BoardRecords.BoardResponse> list(Long planId) {
    var query =
        em.createQuery(
            "from Board b" + (planId != null ? " where b.plan.id = :plan" : "") + " order by b.id",
            Board.class);
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    return query.getResultList().stream().map(this::response).toList();
  }

  public BoardRecords.BoardResponse get(Long id) {
    return response(find(id));
  }

  @Transactional
  public BoardRecords.BoardResponse create(BoardRecords.BoardRequest request) {
    Plan plan = em.find(Plan.class, request.planId());
    if (plan == null) {
      throw new InvalidInputException("planId", "no plan has id " + request.planId());
    }
    Board board = new Board(plan, details(request, plan), OffsetDateTime.now(clock));
    em.persist(board);
    em.flush();
    BoardRecords.BoardResponse created = response(board);
    audit.record("BOARD_CREATED", "Board", board.getId(), null, created);
    return created;
  }

  @Transactional
  public BoardRecords.BoardResponse replace(
      Long id, String ifMatch, BoardRecords.BoardRequest request) {
    Board board = find(id);
    ETags.requireMatch(ifMatch, board.getVersion());
    if (!board.getPlan().getId().equals(request.planId())) {
      throw new InvalidInputException("planId", "a board cannot move to another plan");
    }
    BoardRecords.BoardResponse before = response(board);
    board.revise(details(request, board.getPlan()));
    em.flush();
    BoardRecords.BoardResponse after = response(board);
    audit.record("BOARD_UPDATED", "Board", id, before, after);
    return after;
  }

  Board find(Long id) {
    Board board = em.find(Board.class, id);
    if (board == null) {
      throw new NotFoundException("Board", id);
    }
    return board;
  }

  private BoardRecords.BoardResponse response(Board board) {
    List<Meeting> next =
        em.createQuery(
                "from Meeting m where m.board = :board and m.date >= :today order by m.date",
                Meeting.class)
            .setParameter("board", board)
            .setParameter("today", LocalDate.now(clock))
            .setMaxResults(1)
            .getResultList();
    return BoardMapper.board(board, next.isEmpty() ? null : next.get(0));
  }

  private BoardDetails details(BoardRecords.BoardRequest request, Plan plan) {
    List<FieldError> errors = new ArrayList<>();
    User secretary = null;
    if (request.secretaryUserId() != null) {
      secretary = em.find(User.class, request.secretaryUserId());
      if (secretary == null) {
        errors.add(
            new FieldError("secretaryUserId", "no user has id " + request.secretaryUserId()));
      }
    }
    Set<Organisation> organisations =
        resolve(Organisation.class, "organisationIds", request.organisationIds(), errors);
    Set<Priority> priorities =
        resolve(Priority.class, "priorityIds", request.priorityIds(), errors);
    priorities.stream()
        .filter(p -> !p.getPlan().getId().equals(plan.getId()))
        .forEach(
            p ->
                errors.add(
                    new FieldError(
                        "priorityIds", "priority " + p.getId() + " belongs to another plan")));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new BoardDetails(
        request.name().trim(),
        text(request.chair()),
        request.cadence(),
        text(request.purpose()),
        secretary,
        organisations,
        priorities);
  }

  private <T> Set<T> resolve(Class<T> type, String field, List<Long> ids, List<FieldError> errors) {
    Set<T> found = new LinkedHashSet<>();
    if (ids == null) {
      return found;
    }
    for (int i = 0; i < ids.size(); i++) {
      T entity = em.find(type, ids.get(i));
      if (entity == null) {
        errors.add(
            new FieldError(
                field + "[" + i + "]",
                "no " + type.getSimpleName().toLowerCase() + " has id " + ids.get(i)));
      } else {
        found.add(entity);
      }
    }
    return found;
  }

  static String text(String value) {
    return value == null ? "" : value.trim();
  }
}
