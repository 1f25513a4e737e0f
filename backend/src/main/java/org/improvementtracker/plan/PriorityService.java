package org.improvementtracker.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementtracker.action.Action;
import org.improvementtracker.action.Rag;
import org.improvementtracker.common.ProblemException;

@ApplicationScoped
public class PriorityService {

  @Inject PriorityRepository priorities;
  @Inject EntityManager em;
  @Inject Clock clock;

  public List<PriorityResponse> list(Long planId) {
    List<Priority> found = priorities.listForPlan(planId);
    Map<Long, Map<String, Long>> counts = effectiveRagCounts(planId, null);
    return found.stream().map(p -> toResponse(p, counts.get(p.getId()))).toList();
  }

  public PriorityResponse get(Long id) {
    Priority priority =
        priorities
            .findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("Priority", id));
    return toResponse(priority, effectiveRagCounts(null, id).get(id));
  }

  /** Counts current actions per priority by effective RAG, from one grouped query. */
  private Map<Long, Map<String, Long>> effectiveRagCounts(Long planId, Long priorityId) {
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
    Map<Long, Map<String, Long>> counts = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      Rag effective = Action.effectiveRag((Rag) row[1], (LocalDate) row[2], today);
      counts
          .computeIfAbsent((Long) row[0], k -> emptyCounts())
          .merge(effective == null ? "NONE" : effective.name(), (Long) row[3], Long::sum);
    }
    return counts;
  }

  private static Map<String, Long> emptyCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String rag : List.of("RED", "AMBER", "AMBER_E", "GREEN", "NONE")) {
      counts.put(rag, 0L);
    }
    return counts;
  }

  private static PriorityResponse toResponse(Priority priority, Map<String, Long> counts) {
    Map<String, Long> ragCounts = counts != null ? counts : emptyCounts();
    return new PriorityResponse(
        priority.getId(),
        priority.getPlan().getId(),
        priority.getNumber(),
        priority.getTitle(),
        priority.getStatement(),
        ragCounts.values().stream().mapToLong(Long::longValue).sum(),
        ragCounts);
  }
}
