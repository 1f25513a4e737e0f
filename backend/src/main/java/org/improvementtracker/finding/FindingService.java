package org.improvementtracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.PlanRepository;

@ApplicationScoped
public class FindingService {

  @Inject FindingRepository findings;
  @Inject AuditLog audit;
  @Inject AnsweringActions answeringActions;
  @Inject PlanRepository plans;

  public List<FindingResponse> coverage(Long planId, Boolean answered) {
    List<FindingResponse> all = withCoverage(findings.listForPlan(planId));
    return answered == null ? all : all.stream().filter(f -> f.answered() == answered).toList();
  }

  public FindingResponse get(Long id) {
    return withCoverage(List.of(find(id))).get(0);
  }

  /** Adds a finding; a paragraph of a letter is entered once per plan. */
  @Transactional
  public FindingResponse create(FindingRequest request) {
    Plan plan =
        plans
            .findByIdOptional(request.planId())
            .orElseThrow(() -> new InvalidInputException("planId", "no plan has this id"));
    String source = request.source().trim();
    if (request.paragraph() != null
        && findings.count(
                "plan = ?1 and source = ?2 and paragraph = ?3", plan, source, request.paragraph())
            > 0) {
      throw new RuleViolationException(
          "Paragraph " + request.paragraph() + " of " + source + " is already a finding");
    }
    Finding finding =
        new Finding(
            plan, source, request.paragraph(), request.summary().trim(), request.priorityAction());
    findings.persistAndFlush(finding);
    FindingResponse created = get(finding.getId());
    audit.record("FINDING_CREATED", "Finding", finding.getId(), null, created);
    return created;
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
