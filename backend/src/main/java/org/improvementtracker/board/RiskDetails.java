package org.improvementtracker.board;

import org.improvementtracker.plan.Priority;

public record RiskDetails(
    Priority priority,
    String description,
    int likelihood,
    int impact,
    String owner,
    String mitigation) {}
