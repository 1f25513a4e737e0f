package org.improvementtracker.board;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.security.SessionRecords;

/** What the boards, meetings, actions arising and risks endpoints take and return. */
public final class BoardRecords {
  private BoardRecords() {}

  public record BoardRequest(
      @NotNull Long planId,
      @NotBlank @Size(max = 200) String name,
      @Size(max = 200) String chair,
      @NotNull Cadence cadence,
      @Size(max = 4000) String purpose,
      @Schema(nullable = true, description = "The user who prepares the board's papers")
          Long secretaryUserId,
      List<@NotNull Long> organisationIds,
      @Schema(description = "The priorities that report to the board; none means the whole plan")
          List<@NotNull Long> priorityIds) {}

  public record PriorityRef(Long id, int number, String title) {}

  public record UserRef(Long id, String displayName) {}

  public record BoardResponse(
      Long id,
      Long planId,
      String name,
      String chair,
      Cadence cadence,
      String purpose,
      @Schema(nullable = true) UserRef secretary,
      List<SessionRecords.OrganisationSummary> organisations,
      List<PriorityRef> priorities,
      @Schema(nullable = true, description = "The board's first meeting from today on")
          MeetingSummary nextMeeting,
      long version) {}

  public record MeetingSummary(Long id, LocalDate date, Meeting.Status status) {}

  public record MeetingRequest(
      @NotNull Long boardId,
      @NotNull LocalDate date,
      @NotNull Meeting.Status status,
      List<@NotBlank @Size(max = 200) String> attendees,
      @Size(max = 20000) String minutes,
      @Size(max = 20000) String decisions) {}

  public record MeetingResponse(
      Long id,
      Long boardId,
      String boardName,
      Long planId,
      LocalDate date,
      Meeting.Status status,
      List<String> attendees,
      String minutes,
      String decisions,
      @Schema(description = "The highlight report's overall summary") String summary,
      @Schema(nullable = true, description = "The board's meeting before this one")
          MeetingSummary previousMeeting,
      @Schema(nullable = true, description = "The board's meeting after this one")
          MeetingSummary nextMeeting,
      long version) {}

  public record ActionArisingRequest(
      @NotBlank @Size(max = 4000) String text,
      @NotBlank @Size(max = 200) String owner,
      @Schema(nullable = true, description = "The owner's account: it then shows in their My work")
          Long ownerUserId,
      @Schema(nullable = true) LocalDate dueDate,
      @Schema(nullable = true, description = "OPEN when left out") ActionArising.Status status) {}

  public record ActionArisingResponse(
      Long id,
      @Schema(description = "The meeting that raised it") Long meetingId,
      LocalDate raisedOn,
      Long boardId,
      String boardName,
      String text,
      String owner,
      @Schema(nullable = true) Long ownerUserId,
      @Schema(nullable = true) LocalDate dueDate,
      ActionArising.Status status,
      @Schema(nullable = true) LocalDate closedOn,
      boolean overdue,
      long version) {}

  public record RiskRequest(
      @NotNull Long meetingId,
      @Schema(nullable = true, description = "The priority at risk; null for the whole plan")
          Long priorityId,
      @NotBlank @Size(max = 4000) String description,
      @NotNull @Min(1) @Max(5) Integer likelihood,
      @NotNull @Min(1) @Max(5) Integer impact,
      @NotBlank @Size(max = 200) String owner,
      @Size(max = 4000) String mitigation) {}

  public record RiskResponse(
      Long id,
      Long meetingId,
      @Schema(nullable = true) Long priorityId,
      @Schema(nullable = true) Integer priorityNumber,
      String description,
      int likelihood,
      int impact,
      @Schema(description = "Likelihood × impact, 1–25") int score,
      String owner,
      String mitigation,
      long version) {}

  /** An editor's judgement for a meeting's highlight report. */
  public record CommentaryRequest(
      @NotNull @Size(max = 20000) String summary,
      @NotNull List<@NotNull PriorityCommentaryBody> priorities) {}

  public record PriorityCommentaryBody(
      @NotNull Long priorityId,
      @NotNull @Size(max = 20000) String progress,
      @NotNull @Size(max = 20000) String challenges) {}
}
