package org.improvementtracker.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.improvementtracker.common.NotFoundException;

@ApplicationScoped
public class PriorityService {

  @Inject PriorityRepository priorities;
  @Inject ActionCounts actionCounts;

  public List<PriorityResponse> list(Long planId) {
    List<Priority> found = priorities.listForPlan(planId);
    Map<Long, Map<String, Long>> counts = actionCounts.byEffectiveRag(planId, null);
    return found.stream()
        .map(p -> PlanMapper.toResponse(p, orEmpty(counts.get(p.getId()))))
        .toList();
  }

  public PriorityResponse get(Long id) {
    Priority priority =
        priorities.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Priority", id));
    return PlanMapper.toResponse(priority, orEmpty(actionCounts.byEffectiveRag(null, id).get(id)));
  }

  private static Map<String, Long> orEmpty(Map<String, Long> counts) {
    return counts != null ? counts : emptyCounts();
  }

  private static Map<String, Long> emptyCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Rag rag : Rag.values()) {
      counts.put(rag.name(), 0L);
    }
    counts.put("NONE", 0L);
    return counts;
  }
}
