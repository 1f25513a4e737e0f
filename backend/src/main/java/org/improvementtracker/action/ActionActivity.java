package org.improvementtracker.action;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.audit.AuditQueries;
import org.improvementtracker.audit.AuditResponse;
import org.improvementtracker.plan.Rag;

/**
 * What happened to a plan's actions over a window of time, for boards' highlight reports and
 * people's reminders: RAG changes with their reasons, new evidence, moved due dates, and the
 * current rows with their derived status. Each list is one query.
 */
@ApplicationScoped
public class ActionActivity {

  @Inject EntityManager em;
  @Inject AuditQueries auditQueries;

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
      LocalDate to,
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
    return em
        .createQuery(
            "select c, a from RagChange c join c.action a join fetch a.priority p"
                + " where p.plan.id = :plan and a.archivedAt is null"
                + " and c.changedAt > :since and c.changedAt <= :until"
                + " order by a.refMajor, a.refMinor, c.changedAt, c.id",
            Object[].class)
        .setParameter("plan", planId)
        .setParameter("since", since)
        .setParameter("until", until)
        .getResultList()
        .stream()
        .map(
            row -> {
              RagChange c = (RagChange) row[0];
              Action a = (Action) row[1];
              return new RagMove(
                  a.getId(),
                  a.getRef(),
                  a.getPriority().getNumber(),
                  c.getFromRag(),
                  c.getToRag(),
                  c.getReason(),
                  c.getChangedBy(),
                  c.getChangedAt());
            })
        .toList();
  }

  public List<Evidence> evidence(Long planId, OffsetDateTime since, OffsetDateTime until) {
    return em
        .createQuery(
            "select u, a from ProgressUpdate u join u.action a join fetch a.priority p"
                + " where p.plan.id = :plan and a.archivedAt is null"
                + " and u.createdAt > :since and u.createdAt <= :until"
                + " order by a.refMajor, a.refMinor, u.recordedOn, u.id",
            Object[].class)
        .setParameter("plan", planId)
        .setParameter("since", since)
        .setParameter("until", until)
        .getResultList()
        .stream()
        .map(
            row -> {
              ProgressUpdate u = (ProgressUpdate) row[0];
              Action a = (Action) row[1];
              return new Evidence(
                  a.getId(),
                  a.getRef(),
                  a.getPriority().getNumber(),
                  u.getRecordedOn(),
                  u.getAuthor(),
                  u.getBody(),
                  u.getCreatedAt());
            })
        .toList();
  }

  /** Due dates changed by edits in the window, read from the audit trail's before and after. */
  public List<DueDateMove> dueDateMoves(Long planId, OffsetDateTime since, OffsetDateTime until) {
    return auditQueries.events("Action", "ACTION_UPDATED", since, until).stream()
        .filter(e -> e.before() != null && e.after() != null)
        .filter(e -> e.after().path("planId").asLong() == planId)
        .filter(e -> !Objects.equals(date(e.before()), date(e.after())))
        .map(ActionActivity::dueDateMove)
        .toList();
  }

  private static DueDateMove dueDateMove(AuditResponse e) {
    return new DueDateMove(
        e.after().path("id").asLong(),
        e.after().path("ref").asText(),
        e.after().path("priorityNumber").asInt(),
        date(e.before()),
        date(e.after()),
        e.username(),
        e.occurredAt());
  }

  private static LocalDate date(JsonNode state) {
    JsonNode due = state.path("dueDate");
    return due.isTextual() ? LocalDate.parse(due.asText()) : null;
  }
}
