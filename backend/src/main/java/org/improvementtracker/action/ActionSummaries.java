package org.improvementtracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.improvementtracker.finding.AnsweringActions;
import org.improvementtracker.finding.FindingResponse;
import org.improvementtracker.indicator.IndicatorRecords;
import org.improvementtracker.indicator.MeasuringActions;
import org.improvementtracker.plan.ActionCounts;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.plan.RagCounts;

/**
 * What the plan, findings and indicators need to know about actions, answered here so that those
 * lower features never read the action table themselves. Each answer is one query for a whole list,
 * selecting only the columns it shows.
 */
@ApplicationScoped
public class ActionSummaries implements ActionCounts, AnsweringActions, MeasuringActions {

  @Inject EntityManager em;
  @Inject Clock clock;

  @Override
  public Map<Long, RagCounts> byEffectiveRag(Long planId, Long priorityId) {
    var query =
        em.createQuery(
            "select a.priority.id, a.rag, a.dueDate, count(a) from Action a"
                + " where a.archivedAt is null"
                + (planId != null ? " and a.priority.plan.id = :plan" : "")
                + (priorityId != null ? " and a.priority.id = :priority" : "")
                + " group by a.priority.id, a.rag, a.dueDate",
            Object[].class);
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    if (priorityId != null) {
      query.setParameter("priority", priorityId);
    }
    LocalDate today = LocalDate.now(clock);
    Map<Long, RagCounts> counts = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      Rag effective = OverdueRule.effectiveRag((Rag) row[1], (LocalDate) row[2], today);
      counts.merge((Long) row[0], RagCounts.ZERO.plus(effective, (Long) row[3]), RagCounts::plus);
    }
    return counts;
  }

  @Override
  public Map<Long, List<FindingResponse.AnsweringAction>> forFindings(Collection<Long> findingIds) {
    LocalDate today = LocalDate.now(clock);
    return linked(
        "findings",
        findingIds,
        row ->
            new FindingResponse.AnsweringAction(
                row.id(), row.ref(), row.text(), row.rag(), row.effectiveRag(today)));
  }

  @Override
  public Map<Long, List<IndicatorRecords.LinkedAction>> forIndicators(
      Collection<Long> indicatorIds) {
    LocalDate today = LocalDate.now(clock);
    return linked(
        "indicators",
        indicatorIds,
        row ->
            new IndicatorRecords.LinkedAction(
                row.id(), row.ref(), row.text(), row.effectiveRag(today)));
  }

  private record Row(Long id, String ref, String text, Rag rag, LocalDate dueDate) {
    Rag effectiveRag(LocalDate today) {
      return OverdueRule.effectiveRag(rag, dueDate, today);
    }
  }

  /** Current actions linked through one of the action's collections, grouped by the linked id. */
  private <T> Map<Long, List<T>> linked(
      String collection, Collection<Long> ids, Function<Row, T> summary) {
    Map<Long, List<T>> byId = new HashMap<>();
    if (ids.isEmpty()) {
      return byId;
    }
    List<Object[]> rows =
        em.createQuery(
                "select l.id, a.id, a.ref, a.actionText, a.rag, a.dueDate from Action a join a."
                    + collection
                    + " l where a.archivedAt is null and l.id in :ids"
                    + " order by a.refMajor, a.refMinor, a.id",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] row : rows) {
      Row action =
          new Row(
              (Long) row[1], (String) row[2], (String) row[3], (Rag) row[4], (LocalDate) row[5]);
      byId.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
          .add(summary.apply(action));
    }
    return byId;
  }
}
