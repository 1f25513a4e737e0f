package org.improvementtracker.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.improvementtracker.common.NotFoundException;

@ApplicationScoped
public class PriorityService {

  @Inject PriorityRepository priorities;
  @Inject ActionCounts actionCounts;

  public List<PriorityResponse> list(Long planId) {
    List<Priority> found = priorities.listForPlan(planId);
    Map<Long, RagCounts> counts = actionCounts.byEffectiveRag(planId, null);
    return found.stream()
        .map(p -> PlanMapper.toResponse(p, counts.getOrDefault(p.getId(), RagCounts.ZERO)))
        .toList();
  }

  public PriorityResponse get(Long id) {
    Priority priority =
        priorities.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Priority", id));
    return PlanMapper.toResponse(
        priority, actionCounts.byEffectiveRag(null, id).getOrDefault(id, RagCounts.ZERO));
  }
}
