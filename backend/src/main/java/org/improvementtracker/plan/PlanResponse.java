package org.improvementtracker.plan;

public record PlanResponse(
    Long id, String title, String organisation, String period, Plan.Status status) {

  static PlanResponse of(Plan plan) {
    return new PlanResponse(
        plan.getId(), plan.getTitle(), plan.getOrganisation(), plan.getPeriod(), plan.getStatus());
  }
}
