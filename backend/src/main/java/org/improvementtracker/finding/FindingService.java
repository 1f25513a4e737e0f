package org.improvementtracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.NotFoundException;

@ApplicationScoped
public class FindingService {

  @Inject FindingRepository findings;
  @Inject AuditLog audit;
  @Inject AnsweringActions answeringActions;

  public List<FindingResponse> coverage(Long planId, Boolean answered) {
    List<FindingResponse> all = withCoverage(findings.listForPlan(planId));
    return answered == null ? all : all.stream().filter(f -> f.answered() == answered).toList();
  }

  public FindingResponse get(Long id) {
    return withCoverage(List.of(find(id))).get(0);
  }

  @Transactional
  public FindingResponse update(Long id, FindingUpdateRequest request) {
    Finding finding = find(id);
    FindingResponse before = get(id);
    finding.revise(request.summary().trim(), request.priorityAction());
    FindingResponse after = get(id);
    audit.record("FINDING_UPDATED", "Finding", id, before, after);
    return after;
  }

  private Finding find(Long id) {
    return findings.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Finding", id));
  }

  private List<FindingResponse> withCoverage(List<Finding> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    Map<Long, List<FindingResponse.AnsweringAction>> byFinding =
        answeringActions.forFindings(list.stream().map(Finding::getId).toList());
    return list.stream()
        .map(f -> FindingMapper.toResponse(f, byFinding.getOrDefault(f.getId(), List.of())))
        .toList();
  }
}
