package org.improvementtracker.finding;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new point of an inspection letter that the plan must answer. */
public record FindingRequest(
    @NotNull Long planId,
    @NotBlank
        @Size(max = 200)
        @Schema(description = "The letter it comes from, e.g. \"FDFV Dec 2022\"")
        String source,
    @Min(1)
        @Schema(
            nullable = true,
            description = "The letter's paragraph number; none for a named area for improvement")
        Integer paragraph,
    @NotBlank @Size(max = 5000) String summary,
    boolean priorityAction) {}
