package org.improvementtracker.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.plan.Rag;

public final class RagProposalRecords {
  private RagProposalRecords() {}

  public record DecisionRequest(@Size(max = 2000) String note) {}

  /** A partner's proposal: the RAG it should have and why. */
  public record ProposalRequest(@NotNull Rag rag, @NotBlank @Size(max = 2000) String reason) {}

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
