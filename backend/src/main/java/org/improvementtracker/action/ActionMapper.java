package org.improvementtracker.action;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.improvementtracker.finding.FindingMapper;
import org.improvementtracker.finding.FindingReference;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.security.SecurityMapper;
import org.improvementtracker.security.SessionRecords;

/** Turns the action feature's entities into the records the API sends, in one place. */
public final class ActionMapper {
  private ActionMapper() {}

  /** The order of the evidence log: by the date it relates to, then by when it was recorded. */
  static final Comparator<ProgressUpdate> LOG_ORDER =
      Comparator.comparing(ProgressUpdate::getRecordedOn)
          .thenComparing(ProgressUpdate::getCreatedAt);

  static ActionResponse toResponse(
      Action action, ActionRepository.ProgressSummary progress, LocalDate today) {
    return new ActionResponse(
        action.getId(),
        action.getPriority().getPlan().getId(),
        action.getPriority().getId(),
        action.getPriority().getNumber(),
        action.getRef(),
        action.getDesiredOutcome(),
        action.getActionText(),
        action.getLeads(),
        action.getDueDate(),
        action.getDueWording(),
        slippage(action.slippage()),
        action.getDueDateChanges().stream().map(ActionMapper::dueDateChange).toList(),
        action.getImpact(),
        action.getMeasure(),
        action.getRag(),
        action.effectiveRag(today),
        action.isOverdue(today),
        action.getArchivedAt() != null,
        action.getArchivedAt(),
        action.getFindings().stream()
            .map(FindingMapper::reference)
            .sorted(FindingReference.ORDER)
            .toList(),
        action.getIndicators().stream()
            .map(i -> new ActionResponse.IndicatorReference(i.getId(), i.getNumber(), i.getName()))
            .sorted(Comparator.comparing(ActionResponse.IndicatorReference::number))
            .toList(),
        action.getPartners().stream()
            .map(SecurityMapper::summary)
            .sorted(Comparator.comparing(SessionRecords.OrganisationSummary::name))
            .toList(),
        progress.count(),
        progress.latest(),
        action.getVersion(),
        action.getCreatedAt(),
        action.getUpdatedAt());
  }

  /** The row as a request body: what a merge patch is applied to. */
  static ActionRequest request(Action action) {
    return new ActionRequest(
        action.getPriority().getId(),
        action.getRef(),
        action.getDesiredOutcome(),
        action.getActionText(),
        action.getLeads(),
        action.getDueDate(),
        action.getDueWording(),
        action.getImpact(),
        action.getMeasure(),
        null,
        action.getFindings().stream().map(f -> f.getId()).sorted().toList(),
        action.getPartners().stream().map(o -> o.getId()).sorted().toList(),
        action.getIndicators().stream().map(i -> i.getId()).sorted().toList());
  }

  static ActionResponse.Slippage slippage(Action.Slippage s) {
    return new ActionResponse.Slippage(
        s.originalDueDate(), s.count(), s.totalDays(), s.longestDays());
  }

  static ActionResponse.DueDateChangeResponse dueDateChange(DueDateChange c) {
    return new ActionResponse.DueDateChangeResponse(
        c.getFromDate(), c.getToDate(), c.getReason(), c.getChangedBy(), c.getChangedAt());
  }

  public static ProgressUpdateResponse progressUpdate(ProgressUpdate update) {
    return new ProgressUpdateResponse(
        update.getId(),
        update.getRecordedOn(),
        update.getAuthor(),
        update.getBody(),
        update.getCreatedAt());
  }

  /** The RAG part of an action as the audit trail records it. */
  public static Map<String, Object> ragState(Rag rag, String reason) {
    return ragState(rag, reason, null);
  }

  /** A RAG rating as the audit trail keeps it: with its reason and the evidence it rests on. */
  public static Map<String, Object> ragState(Rag rag, String reason, String evidence) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("rag", rag);
    if (reason != null) {
      state.put("reason", reason);
    }
    if (evidence != null) {
      state.put("evidence", evidence);
    }
    return state;
  }

  static RagChangeResponse ragChange(RagChange change) {
    return new RagChangeResponse(
        change.getId(),
        change.getFromRag(),
        change.getToRag(),
        change.getReason(),
        change.getEvidence(),
        change.getChangedBy(),
        change.getChangedAt());
  }

  static RagProposalRecords.RagProposalResponse proposal(RagProposal p) {
    return new RagProposalRecords.RagProposalResponse(
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
