package org.improvementtracker.action;

import java.time.OffsetDateTime;

public record RagChangeResponse(
    Long id, Rag from, Rag to, String reason, String changedBy, OffsetDateTime changedAt) {

  static RagChangeResponse of(RagChange change) {
    return new RagChangeResponse(
        change.getId(),
        change.getFromRag(),
        change.getToRag(),
        change.getReason(),
        change.getChangedBy(),
        change.getChangedAt());
  }
}
