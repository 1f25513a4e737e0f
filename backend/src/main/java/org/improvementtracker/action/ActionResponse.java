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
    @Schema(description = "The due date as worded; empty when the date speaks for itself")
        String dueWording,
    @Schema(description = "How often and by how long the due date has been put back")
        Slippage slippage,
    @Schema(description = "Every move of the due date, oldest first, with its reason")
        List<DueDateChangeResponse> dueDateChanges,
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

  public record Slippage(
      @Schema(nullable = true, description = "The first due date set, kept when the date moves")
          LocalDate originalDueDate,
      @Schema(description = "How many times the due date was put back") int count,
      @Schema(description = "Days between the original and the current due date (0 if not later)")
          long totalDays,
      @Schema(description = "The longest single move, in days") long longestDays) {}

  public record DueDateChangeResponse(
      @Schema(nullable = true) LocalDate from,
      @Schema(nullable = true) LocalDate to,
      String reason,
      String changedBy,
      OffsetDateTime changedAt) {}
}
