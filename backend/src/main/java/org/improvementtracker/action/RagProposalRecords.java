package org.improvementtracker.action;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

public final class RagProposalRecords {
  private RagProposalRecords() {}

  public record DecisionRequest(@Size(max = 2000) String note) {}

  public record RagProposalResponse(
      Long id,
      Long actionId,
      String actionRef,
      Rag currentRag,
      Rag proposedRag,
      String reason,
      RagProposal.Status status,
      String proposedBy,
      String organisation,
      OffsetDateTime createdAt,
      String decidedBy,
      OffsetDateTime decidedAt,
      String decisionNote) {

    static RagProposalResponse of(RagProposal p) {
      return new RagProposalResponse(
          p.getId(),
          p.getAction().getId(),
          p.getAction().getRef(),
          p.getAction().getRag(),
          p.getToRag(),
          p.getReason(),
          p.getStatus(),
          p.getProposedBy().getDisplayName(),
          p.getOrganisation().getName(),
          p.getCreatedAt(),
          p.getDecidedBy() == null ? null : p.getDecidedBy().getDisplayName(),
          p.getDecidedAt(),
          p.getDecisionNote());
    }
  }
}
