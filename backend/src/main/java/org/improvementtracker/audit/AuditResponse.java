package org.improvementtracker.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry: who did what to which entity, when, from where, with before and after. */
public record AuditResponse(
    Long id,
    OffsetDateTime occurredAt,
    @Schema(examples = "RAG_CHANGED") String event,
    String entityType,
    String entityId,
    Long userId,
    String username,
    Long organisationId,
    @Schema(description = "The API token used, when the change came from a program") Long tokenId,
    String requestId,
    @Schema(description = "The client's address; shown to admins only") String clientAddress,
    @Schema(description = "The state before, as the API showed it") JsonNode before,
    @Schema(description = "The state after, as the API shows it") JsonNode after) {}
