package org.improvementtracker.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry: who did what to which entity, when, from where, with before and after. */
public record AuditResponse(
    Long id,
    OffsetDateTime occurredAt,
    @Schema(examples = "RAG_CHANGED") String event,
    String entityType,
    @Schema(nullable = true) String entityId,
    @Schema(nullable = true) Long userId,
    @Schema(nullable = true) String username,
    @Schema(
            nullable = true,
            description = "The person's name, as shown when the change was made",
            examples = "Demo Editor")
        String actorName,
    @Schema(description = "What changed, in the plan's words", examples = "Action 2.7")
        String subject,
    @Schema(description = "Each field that changed, with its value before and after")
        List<FieldChange> changes,
    @Schema(nullable = true) Long organisationId,
    @Schema(
            nullable = true,
            description = "The API token used, when the change came from a program")
        Long tokenId,
    @Schema(nullable = true) String requestId,
    @Schema(nullable = true, description = "The client's address; shown to admins only")
        String clientAddress,
    @Schema(nullable = true, description = "The bulk upload this change was part of, if any")
        Long batchId,
    @Schema(nullable = true, description = "The state before, as the API showed it")
        JsonNode before,
    @Schema(nullable = true, description = "The state after, as the API shows it") JsonNode after) {

  /** One field of an audited entity, before and after the change, as the API showed it. */
  public record FieldChange(
      @Schema(examples = "dueDate") String field,
      @Schema(nullable = true) JsonNode from,
      @Schema(nullable = true) JsonNode to) {}
}
