package org.improvementtracker.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.improvementtracker.action.Action;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ProblemException;

@ApplicationScoped
public class FindingService {

  @Inject FindingRepository findings;
  @Inject AuditLog audit;
  @Inject Clock clock;

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
    return findings
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Finding", id));
  }

  private List<FindingResponse> withCoverage(List<Finding> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<FindingResponse.AnsweringAction>> byFinding = new HashMap<>();
    for (Object[] row : findings.answeringActions(list.stream().map(Finding::getId).toList())) {
      Action action = (Action) row[1];
      byFinding
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(
              new FindingResponse.AnsweringAction(
                  action.getId(),
                  action.getRef(),
                  action.getActionText(),
                  action.getRag(),
                  action.effectiveRag(today)));
    }
    return list.stream()
        .map(
            f -> {
              List<FindingResponse.AnsweringAction> actions =
                  byFinding.getOrDefault(f.getId(), List.of());
              return new FindingResponse(
                  f.getId(),
                  f.getPlan().getId(),
                  f.getSource(),
                  f.getParagraph(),
                  f.label(),
                  f.getSummary(),
                  f.isPriorityAction(),
                  !actions.isEmpty(),
                  actions);
            })
        .toList();
  }
}
