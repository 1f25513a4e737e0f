package org.improvementtracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.improvementtracker.finding.FindingReference;
import org.improvementtracker.security.OrganisationRecords;
import org.improvementtracker.security.SessionRecords;

@ApplicationScoped
public class ActionMapper {

  public ActionResponse toResponse(Action action, LocalDate today) {
    List<ProgressUpdate> updates = action.getProgressUpdates();
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
        action.getImpact(),
        action.getMeasure(),
        action.getRag(),
        action.effectiveRag(today),
        action.isOverdue(today),
        action.getArchivedAt() != null,
        action.getArchivedAt(),
        action.getFindings().stream()
            .map(FindingReference::of)
            .sorted(FindingReference.ORDER)
            .toList(),
        action.getIndicators().stream()
            .map(i -> new ActionResponse.IndicatorReference(i.getId(), i.getNumber(), i.getName()))
            .sorted(Comparator.comparing(ActionResponse.IndicatorReference::number))
            .toList(),
        action.getPartners().stream()
            .map(OrganisationRecords::summary)
            .sorted(Comparator.comparing(SessionRecords.OrganisationSummary::name))
            .toList(),
        updates.size(),
        updates.stream().max(LOG_ORDER).map(ProgressUpdateResponse::of).orElse(null),
        action.getVersion(),
        action.getCreatedAt(),
        action.getUpdatedAt());
  }

  /** The order of the evidence log: by the date it relates to, then by when it was recorded. */
  static final Comparator<ProgressUpdate> LOG_ORDER =
      Comparator.comparing(ProgressUpdate::getRecordedOn)
          .thenComparing(ProgressUpdate::getCreatedAt);
}
