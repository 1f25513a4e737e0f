package org.improvementtracker.action;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.plan.Rag;

public record RagChangeResponse(
    Long id,
    @Schema(nullable = true) Rag from,
    Rag to,
    String reason,
    @Schema(nullable = true, description = "The evidence linked to the change, if any")
        String evidence,
    String changedBy,
    OffsetDateTime changedAt) {}
