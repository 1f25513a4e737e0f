package org.improvementtracker.action;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.plan.Rag;

public record RagChangeResponse(
    Long id,
    @Schema(nullable = true) Rag from,
    Rag to,
    String reason,
    String changedBy,
    OffsetDateTime changedAt) {}
