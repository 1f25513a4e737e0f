package org.improvementtracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns audit entries into the records the API sends, in one place. */
final class AuditMapper {
  private AuditMapper() {}

  /** An entry; the client's address only for readers allowed to see it. */
  static AuditResponse toResponse(AuditEvent e, boolean withAddress, ObjectMapper json) {
    return new AuditResponse(
        e.getId(),
        e.getOccurredAt(),
        e.getEvent(),
        e.getEntityType(),
        e.getEntityId(),
        e.getUserId(),
        e.getUsername(),
        e.getOrganisationId(),
        e.getTokenId(),
        e.getRequestId(),
        withAddress ? e.getClientAddress() : null,
        e.getBatchId(),
        parse(e.getBefore(), json),
        parse(e.getAfter(), json));
  }

  private static JsonNode parse(String state, ObjectMapper json) {
    if (state == null) {
      return null;
    }
    try {
      return json.readTree(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable audit state", e);
    }
  }
}
