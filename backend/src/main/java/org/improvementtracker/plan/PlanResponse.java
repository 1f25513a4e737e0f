package org.improvementtracker.plan;

public record PlanResponse(
    Long id, String title, String organisation, String period, Plan.Status status) {}
