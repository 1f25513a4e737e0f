package org.improvementtracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns audit entries into the records the API sends, in one place. */
final class AuditMapper {
  private AuditMapper() {}

  /**
   * Bookkeeping that changes with every write, or is derived from the fields that changed: listing
   * it would bury what a person actually changed.
   */
  private static final Set<String> NOT_A_CHANGE =
      Set.of(
          "id",
          "version",
          "createdAt",
          "updatedAt",
          "planId",
          "priorityId",
          "effectiveRag",
          "overdue",
          "slippage",
          "dueDateChanges",
          "progressUpdateCount",
          "latestProgressUpdate",
          "enteredBy",
          "enteredAt",
          "revisions",
          "latest",
          "direction",
          "targetStatus",
          "distanceToTarget");

  /** An entry; the client's address only for readers allowed to see it. */
  static AuditResponse toResponse(
      AuditEvent e, String subject, boolean withAddress, ObjectMapper json) {
    JsonNode before = parse(e.getBefore(), json);
    JsonNode after = parse(e.getAfter(), json);
    return new AuditResponse(
        e.getId(),
        e.getOccurredAt(),
        e.getEvent(),
        e.getEntityType(),
        e.getEntityId(),
        e.getUserId(),
        e.getUsername(),
        e.getActorName() != null ? e.getActorName() : e.getUsername(),
        subject != null ? subject : fallbackSubject(e),
        changes(before, after),
        e.getOrganisationId(),
        e.getTokenId(),
        e.getRequestId(),
        withAddress ? e.getClientAddress() : null,
        e.getBatchId(),
        before,
        after);
  }

  private static String fallbackSubject(AuditEvent e) {
    return e.getEntityId() == null ? e.getEntityType() : e.getEntityType() + " " + e.getEntityId();
  }

  /** The top-level fields that differ between the two states, in the order the API sends them. */
  static List<AuditResponse.FieldChange> changes(JsonNode before, JsonNode after) {
    List<AuditResponse.FieldChange> changes = new ArrayList<>();
    if (before == null || after == null || !before.isObject() || !after.isObject()) {
      return changes;
    }
    Set<String> fields = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(fields::add);
    after.fieldNames().forEachRemaining(fields::add);
    for (String field : fields) {
      JsonNode from = present(before.get(field));
      JsonNode to = present(after.get(field));
      if (!NOT_A_CHANGE.contains(field) && !java.util.Objects.equals(from, to)) {
        changes.add(new AuditResponse.FieldChange(field, from, to));
      }
    }
    return changes;
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
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
