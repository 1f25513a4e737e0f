package org.improvementtracker.plan;

/** Turns the plan feature's entities into the records the API sends, in one place. */
final class PlanMapper {
  private PlanMapper() {}

  static PlanResponse toResponse(Plan plan) {
    return new PlanResponse(
        plan.getId(), plan.getTitle(), plan.getOrganisation(), plan.getPeriod(), plan.getStatus());
  }

  static PriorityResponse toResponse(Priority priority, RagCounts ragCounts) {
    return new PriorityResponse(
        priority.getId(),
        priority.getPlan().getId(),
        priority.getNumber(),
        priority.getTitle(),
        priority.getStatement(),
        ragCounts.total(),
        ragCounts);
  }
}
