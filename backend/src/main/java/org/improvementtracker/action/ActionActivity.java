package org.improvementtracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.plan.Rag;

/**
 * What happened to a plan's actions over a window of time, for boards' highlight reports and
 * people's reminders: RAG changes with their reasons, new evidence, moved due dates with theirs,
 * and the current rows with their derived status. Each list is one query.
 */
@ApplicationScoped
public class ActionActivity {

  @Inject EntityManager em;

  /** A current action row with its derived status, as a report lists it. */
  public record ActionLine(
      Long id,
      String ref,
      int priorityNumber,
      String text,
      List<String> leads,
      @Schema(nullable = true) LocalDate dueDate,
      String dueWording,
      @Schema(nullable = true) Rag rag,
      @Schema(nullable = true) Rag effectiveRag,
      boolean overdue,
      @Schema(nullable = true) LocalDate lastEvidenceOn) {}

  public record RagMove(
      Long actionId,
      String ref,
      int priorityNumber,
      @Schema(nullable = true) Rag from,
      Rag to,
      String reason,
      String by,
      OffsetDateTime at) {}

  public record Evidence(
      Long actionId,
      String ref,
      int priorityNumber,
      LocalDate date,
      String author,
      String text,
      OffsetDateTime recordedAt) {}

  public record DueDateMove(
      Long actionId,
      String ref,
      int priorityNumber,
      LocalDate from,
      @Schema(nullable = true, description = "Null when the date was removed") LocalDate to,
      String reason,
      String by,
      OffsetDateTime at) {}

  /**
   * The plan's current (not archived) actions in plan order, with their latest evidence date; every
   * plan's when planId is null.
   */
  public List<ActionLine> current(Long planId, LocalDate today) {
    return em
        .createQuery(
            "select a, (select max(u.recordedOn) from ProgressUpdate u where u.action = a)"
                + " from Action a join fetch a.priority p"
                + " where a.archivedAt is null and (:plan is null or p.plan.id = :plan)"
                + " order by p.plan.id, a.refMajor, a.refMinor, a.id",
            Object[].class)
        .setParameter("plan", planId)
        .getResultList()
        .stream()
        .map(row -> line((Action) row[0], (LocalDate) row[1], today))
        .toList();
  }

  private static ActionLine line(Action a, LocalDate lastEvidence, LocalDate today) {
    return new ActionLine(
        a.getId(),
        a.getRef(),
        a.getPriority().getNumber(),
        a.getActionText(),
        a.getLeads(),
        a.getDueDate(),
        a.getDueWording(),
        a.getRag(),
        a.effectiveRag(today),
        a.isOverdue(today),
        lastEvidence);
  }

  public List<RagMove> ragMoves(Long planId, OffsetDateTime since, OffsetDateTime until) {
    return inWindow(
        RagChange.class,
        "changedAt",
        "c.changedAt, c.id",
        planId,
        since,
        until,
        (c, a) ->
            new RagMove(
                a.getId(),
                a.getRef(),
                a.getPriority().getNumber(),
                c.getFromRag(),
                c.getToRag(),
                c.getReason(),
                c.getChangedBy(),
                c.getChangedAt()));
  }

  public List<Evidence> evidence(Long planId, OffsetDateTime since, OffsetDateTime until) {
    return inWindow(
        ProgressUpdate.class,
        "createdAt",
        "c.recordedOn, c.id",
        planId,
        since,
        until,
        (u, a) ->
            new Evidence(
                a.getId(),
                a.getRef(),
                a.getPriority().getNumber(),
                u.getRecordedOn(),
                u.getAuthor(),
                u.getBody(),
                u.getCreatedAt()));
  }

  /** Due dates moved in the window, with the reason given for each move. */
  public List<DueDateMove> dueDateMoves(Long planId, OffsetDateTime since, OffsetDateTime until) {
    return inWindow(
        DueDateChange.class,
        "changedAt",
        "c.changedAt, c.id",
        planId,
        since,
        until,
        (c, a) ->
            new DueDateMove(
                a.getId(),
                a.getRef(),
                a.getPriority().getNumber(),
                c.getFromDate(),
                c.getToDate(),
                c.getReason(),
                c.getChangedBy(),
                c.getChangedAt()));
  }

  /**
   * One kind of an action's records made in (since, until], with its action, for the plan's live
   * actions in plan order: one query, whatever the number of actions.
   */
  private <T, R> List<R> inWindow(
      Class<T> record,
      String madeAt,
      String orderWithinAction,
      Long planId,
      OffsetDateTime since,
      OffsetDateTime until,
      BiFunction<T, Action, R> line) {
    return em
        .createQuery(
            "select c, a from "
                + record.getSimpleName()
                + " c join c.action a join fetch a.priority p"
                + " where p.plan.id = :plan and a.archivedAt is null"
                + " and c."
                + madeAt
                + " > :since and c."
                + madeAt
                + " <= :until order by a.refMajor, a.refMinor, "
                + orderWithinAction,
            Object[].class)
        .setParameter("plan", planId)
        .setParameter("since", since)
        .setParameter("until", until)
        .getResultList()
        .stream()
        .map(row -> line.apply(record.cast(row[0]), (Action) row[1]))
        .toList();
  }
}
