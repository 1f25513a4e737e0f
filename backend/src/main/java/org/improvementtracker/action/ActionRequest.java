package org.improvementtracker.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable fields of an action row, for create (POST) and replace (PUT). */
public record ActionRequest(
    @NotNull Long priorityId,
    @NotBlank
        @Pattern(regexp = "\\d{1,3}\\.\\d{1,3}", message = "must be a reference such as 2.6")
        @Schema(examples = "2.6")
        String ref,
    @Size(max = 10000) String desiredOutcome,
    @NotBlank @Size(max = 10000) String action,
    @Size(max = 20) List<@NotBlank @Size(max = 200) String> leads,
    @Schema(
            description = "The date the action is due; null when the plan gives no date",
            nullable = true)
        LocalDate dueDate,
    @Size(max = 200)
        @Schema(description = "The due date as the plan words it, e.g. \"Immediately\"")
        String dueWording,
    @Size(max = 2000)
        @Schema(
            description =
                "Why the due date moves; required when dueDate changes an existing date. The"
                    + " original date is kept and the move shown as slippage",
            nullable = true)
        String dueDateChangeReason,
    @Size(max = 10000) String impact,
    @Size(max = 10000) String measure,
    @Size(max = 200) @Schema(description = "Ids of the inspection findings this action answers")
        List<@NotNull Long> findingIds,
    @Size(max = 50)
        @Schema(
            description =
                "Ids of the partner organisations that co-lead this action; their staff may add"
                    + " evidence and propose RAG changes")
        List<@NotNull Long> partnerOrganisationIds,
    @Size(max = 100) @Schema(description = "Ids of the indicators that show this action's impact")
        List<@NotNull Long> indicatorIds) {
  ActionDetails details() {
    return new ActionDetails(
        ref.trim(),
        orEmpty(desiredOutcome),
        action.trim(),
        leads == null ? List.of() : leads.stream().map(String::trim).toList(),
        dueDate,
        orEmpty(dueWording),
        orEmpty(impact),
        orEmpty(measure));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text.trim();
  }
}
