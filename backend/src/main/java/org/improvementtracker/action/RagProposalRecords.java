package org.improvementtracker.action;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.plan.Rag;

public final class RagProposalRecords {
  private RagProposalRecords() {}

  public record DecisionRequest(@Size(max = 2000) String note) {}

  public record RagProposalResponse(
      Long id,
      Long actionId,
      String actionRef,
      @Schema(nullable = true) Rag currentRag,
      Rag proposedRag,
      String reason,
      RagProposal.Status status,
      String proposedBy,
      String organisation,
      OffsetDateTime createdAt,
      @Schema(nullable = true) String decidedBy,
      @Schema(nullable = true) OffsetDateTime decidedAt,
      @Schema(nullable = true) String decisionNote) {}
}
