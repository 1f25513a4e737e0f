package org.improvementtracker.finding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record FindingUpdateRequest(
    @NotNull @Size(max = 5000) String summary, boolean priorityAction) {}
