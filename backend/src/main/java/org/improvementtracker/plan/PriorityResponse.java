package org.improvementtracker.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PriorityResponse(
    Long id,
    Long planId,
    int number,
    String title,
    String statement,
    @Schema(description = "Current (not archived) actions of this priority") long actionCount,
    @Schema(
            description =
                "Current actions by effective RAG (RED, AMBER, AMBER_E, GREEN, NONE for not rated)")
        RagCounts effectiveRagCounts) {}
