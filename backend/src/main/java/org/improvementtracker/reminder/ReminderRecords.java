package org.improvementtracker.reminder;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.action.ActionActivity;
import org.improvementtracker.board.BoardRecords;

public final class ReminderRecords {
  private ReminderRecords() {}

  public record SettingsRequest(
      @Schema(nullable = true, description = "Where the weekly digest goes; null for none")
          @Email
          @Size(max = 320)
          String email,
      @NotNull @Schema(description = "The plan lead roles you hold, e.g. HOS Front Door")
          List<@NotBlank @Size(max = 200) String> leadRoles) {}

  public record SettingsResponse(@Schema(nullable = true) String email, List<String> leadRoles) {}

  public record Recommendation(
      Long id, String text, String source, @Schema(nullable = true) LocalDate dueDate) {}

  public record ReportDue(Long meetingId, Long boardId, String boardName, LocalDate date) {}

  public record MyWork(
      LocalDate today,
      @Schema(description = "The lead roles your actions are matched by") List<String> leadRoles,
      @Schema(description = "Your actions overdue or due within 14 days")
          List<ActionActivity.ActionLine> actionsDue,
      @Schema(description = "Your actions not yet GREEN with no evidence for 30 days")
          List<ActionActivity.ActionLine> actionsWithoutEvidence,
      @Schema(description = "Your overdue audit recommendations")
          List<Recommendation> recommendations,
      @Schema(description = "Open actions arising you own")
          List<BoardRecords.ActionArisingResponse> actionsArising,
      @Schema(
              description =
                  "Reports due for meetings in the next 7 days of boards you are secretary of")
          List<ReportDue> reportsDue) {}
}
