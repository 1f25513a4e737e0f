package org.improvementtracker.action;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.finding.FindingReference;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.security.SessionRecords;

/** An action row as clients see it, with its derived status. */
public record ActionResponse(
    Long id,
    Long planId,
    Long priorityId,
    int priorityNumber,
    String ref,
    String desiredOutcome,
    String action,
    List<String> leads,
    @Schema(nullable = true) LocalDate dueDate,
    String dueWording,
    String impact,
    String measure,
    @Schema(nullable = true, description = "The RAG as rated; null when not yet rated") Rag rag,
    @Schema(
            nullable = true,
            description = "RED when past its due date and not implemented; otherwise the rated RAG")
        Rag effectiveRag,
    boolean overdue,
    boolean archived,
    @Schema(nullable = true) OffsetDateTime archivedAt,
    List<FindingReference> findings,
    @Schema(description = "Indicators that show this action's impact")
        List<IndicatorReference> indicators,
    @Schema(description = "Partner organisations co-leading this action")
        List<SessionRecords.OrganisationSummary> partners,
    int progressUpdateCount,
    @Schema(nullable = true) ProgressUpdateResponse latestProgressUpdate,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public record IndicatorReference(Long id, int number, String name) {}
}
