package org.improvementtracker.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.improvementtracker.action.Action;
import org.improvementtracker.action.ActionMapper;
import org.improvementtracker.action.ProgressUpdate;
import org.improvementtracker.action.RagChange;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.security.CurrentUser;

/**
 * The month's RAG ratings and evidence of the plan's actions in bulk (a few dozen rows). Each row
 * goes through the action's own rules ({@link Action#recordProgress}, then {@link
 * Action#changeRag}, so that the row's update counts as evidence for GREEN) as it is read; a rule
 * the row breaks is that row's error, and since the upload is one transaction that is rolled back
 * on any error or dry run, nothing is written unless every row passes.
 */
@ApplicationScoped
class ActionUpdateLoader {
  private static final Pattern REF = Pattern.compile("\\d{1,3}\\.\\d{1,3}");
  private static final Pattern ID = Pattern.compile("\\d{1,18}");

  @Inject EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  Upload open(Long planId, RowProblems problems) {
    long plan =
        IndicatorValueLoader.planOf(em.unwrap(Session.class).doReturningWork(c -> c), planId);
    return new ActionUpdateUpload(plan, problems);
  }

  /**
   * Takes back every progress update and RAG change the batch made, or refuses (409) naming the
   * actions whose RAG changed, or which were archived, after the batch.
   */
  void revert(BulkBatch batch, String by, OffsetDateTime now) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select action_id, progress_update_id, rag_change_id from bulk_batch_action"
                    + " where batch_id = ?1 order by action_id",
                Object[].class)
            .setParameter(1, batch.getId())
            .getResultList();
    List<String> touched = new ArrayList<>();
    for (Object[] row : rows) {
      Action action = em.find(Action.class, ((Number) row[0]).longValue());
      Long own = row[2] == null ? null : ((Number) row[2]).longValue();
      RagChange later =
          action.getRagHistory().stream()
              .filter(
                  c ->
                      own == null
                          ? c.getChangedAt().isAfter(batch.getCreatedAt())
                          : c.getId() > own)
              .reduce((first, second) -> second)
              .orElse(null);
      if (action.getArchivedAt() != null) {
        touched.add(action.getRef() + " (archived since)");
      } else if (later != null) {
        touched.add(
            action.getRef()
                + " (RAG changed to "
                + later.getToRag()
                + " by "
                + later.getChangedBy()
                + " at "
                + later.getChangedAt()
                + ")");
      }
    }
    if (!touched.isEmpty()) {
      throw BulkProblems.revertRefused(batch.getId(), "actions", touched);
    }
    String reason = "Bulk batch " + batch.getId() + " reverted";
    for (Object[] row : rows) {
      Action action = em.find(Action.class, ((Number) row[0]).longValue());
      if (row[2] != null) {
        RagChange change = em.find(RagChange.class, ((Number) row[2]).longValue());
        RagChange undo = action.undoRagChange(change, reason, by, now);
        audit.recordInBatch(
            "RAG_CHANGED",
            "Action",
            action.getId(),
            ActionMapper.ragState(change.getToRag(), null),
            ActionMapper.ragState(undo.getToRag(), reason),
            batch.getId());
      }
      if (row[1] != null) {
        ProgressUpdate update = em.find(ProgressUpdate.class, ((Number) row[1]).longValue());
        action.withdrawProgress(update, now);
        em.remove(update);
        audit.recordInBatch(
            "PROGRESS_WITHDRAWN",
            "Action",
            action.getId(),
            ActionMapper.progressUpdate(update),
            null,
            batch.getId());
      }
    }
    em.flush();
  }

  /** One action row that passed its action's rules: what it recorded and changed. */
  private record Applied(Action action, Rag from, ProgressUpdate update, RagChange change) {}

  /** The upload of one request: applies each row to its action as it is read. */
  private final class ActionUpdateUpload implements Upload {
    private final long plan;
    private final RowProblems problems;
    private final LocalDate today = LocalDate.now(clock);
    private final Map<Long, Integer> lineOfAction = new HashMap<>();
    private final List<Applied> applied = new ArrayList<>();
    private int unchanged;

    ActionUpdateUpload(long plan, RowProblems problems) {
      this.plan = plan;
      this.problems = problems;
    }

    @Override
    public void malformed(int line, String column, String value, String reason) {
      problems.error(line, column, value, reason);
    }

    @Override
    public void row(int line, Map<String, String> cells) {
      Action action = action(line, cells.get("action"));
      Rag rag = rag(line, cells.get("rag"));
      String reason = cells.get("reason");
      String text = cells.get("update");
      LocalDate date = date(line, cells.get("date"));
      if (reason != null && reason.length() > 2000) {
        problems.error(line, "reason", clip(reason), "must be 2,000 characters at most");
      }
      if (text != null && text.length() > 10000) {
        problems.error(line, "update", clip(text), "must be 10,000 characters at most");
      }
      if (rag == null && cells.get("rag") == null && text == null) {
        problems.error(
            line, "rag", null, "or update is required: the row says nothing to record or change");
      }
      if (reason != null && cells.get("rag") == null) {
        problems.error(line, "rag", null, "is required with a reason: give the new RAG");
      }
      if (date != null && text == null) {
        problems.error(line, "update", null, "is required with a date: the date is the update's");
      }
      if (action != null) {
        Integer earlier = lineOfAction.putIfAbsent(action.getId(), line);
        if (earlier != null) {
          problems.error(
              line,
              "action",
              cells.get("action"),
              "is also on line " + earlier + ": give each action one row");
        }
      }
      if (problems.rejects(line) || action == null) {
        return;
      }
      boolean newRag = rag != null && rag != action.getRag();
      if (newRag && reason == null) {
        problems.error(line, "reason", null, "is required when the RAG changes");
        return;
      }
      LocalDate recordedOn = date == null ? today : date;
      boolean newUpdate = text != null && !alreadyRecorded(action, recordedOn, text);
      if (!newRag && !newUpdate) {
        unchanged++;
        return;
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      String by = currentUser.signature();
      Rag from = action.getRag();
      ProgressUpdate update = null;
      RagChange change = null;
      try {
        if (newUpdate) {
          update = action.recordProgress(recordedOn, by, text, now);
        }
        if (newRag) {
          change = action.changeRag(rag, reason, null, by, now);
        }
      } catch (RuleViolationException e) {
        String column = e.getMessage().startsWith("GREEN") ? "rag" : "action";
        problems.error(line, column, cells.get(column), e.getMessage());
        return;
      }
      applied.add(new Applied(action, from, update, change));
    }

    @Override
    public Counts finish() {
      int created = (int) applied.stream().filter(a -> a.update() != null).count();
      return new Counts(created, applied.size() - created, unchanged);
    }

    @Override
    public void apply(long batchId, String by, OffsetDateTime now) {
      em.flush();
      for (Applied a : applied) {
        em.createNativeQuery(
                "insert into bulk_batch_action (batch_id, action_id, progress_update_id,"
                    + " rag_change_id) values (?1, ?2, ?3, ?4)")
            .setParameter(1, batchId)
            .setParameter(2, a.action().getId())
            .setParameter(3, a.update() == null ? null : a.update().getId())
            .setParameter(4, a.change() == null ? null : a.change().getId())
            .executeUpdate();
        if (a.update() != null) {
          audit.recordInBatch(
              "PROGRESS_RECORDED",
              "Action",
              a.action().getId(),
              null,
              ActionMapper.progressUpdate(a.update()),
              batchId);
        }
        if (a.change() != null) {
          audit.recordInBatch(
              "RAG_CHANGED",
              "Action",
              a.action().getId(),
              ActionMapper.ragState(a.from(), null),
              ActionMapper.ragState(a.change().getToRag(), a.change().getReason()),
              batchId);
        }
      }
    }

    @Override
    public void abandon() {
      // Nothing is staged outside the transaction, which the failure rolls back.
    }

    private Action action(int line, String text) {
      if (text == null) {
        problems.error(line, "action", null, "is required: the action's reference (2.7) or id");
        return null;
      }
      List<Action> found;
      if (REF.matcher(text).matches()) {
        found =
            em.createQuery(
                    "from Action a where a.ref = :ref and a.priority.plan.id = :plan", Action.class)
                .setParameter("ref", text)
                .setParameter("plan", plan)
                .getResultList();
      } else if (ID.matcher(text).matches()) {
        Action byId = em.find(Action.class, Long.parseLong(text));
        found =
            byId == null || !byId.getPriority().getPlan().getId().equals(plan)
                ? List.of()
                : List.of(byId);
      } else {
        problems.error(line, "action", text, "must be a reference such as 2.7 or an action's id");
        return null;
      }
      if (found.isEmpty()) {
        problems.error(line, "action", text, "no action of the plan has this reference or id");
        return null;
      }
      if (found.size() > 1) {
        problems.error(
            line,
            "action",
            text,
            found.size() + " actions have this reference: give the action's id instead");
        return null;
      }
      return found.get(0);
    }

    private Rag rag(int line, String text) {
      if (text == null) {
        return null;
      }
      try {
        return Rag.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        problems.error(
            line, "rag", text, "must be one of " + Arrays.toString(Rag.values()).replace(" ", ""));
        return null;
      }
    }

    private LocalDate date(int line, String text) {
      if (text == null) {
        return null;
      }
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.isAfter(today)) {
          problems.error(line, "date", text, "is in the future: evidence is of what has happened");
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        problems.error(line, "date", text, "must be a date such as 2023-04-30");
        return null;
      }
    }

    /** A re-sent row does not record the same evidence twice. */
    private boolean alreadyRecorded(Action action, LocalDate on, String text) {
      return action.getProgressUpdates().stream()
          .anyMatch(u -> u.getRecordedOn().equals(on) && u.getBody().equals(text));
    }

    private static String clip(String text) {
      return text.substring(0, 50) + "…";
    }
  }
}
