package org.improvementtracker.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.action.ActionActivity;
import org.improvementtracker.board.BoardRecords;
import org.improvementtracker.board.Meeting;
import org.improvementtracker.common.Period;
import org.improvementtracker.indicator.Direction;
import org.improvementtracker.indicator.ScorecardRecords;
import org.improvementtracker.indicator.TargetStatus;

/** The highlight report and its published versions, as the API sends and the snapshot stores. */
public final class ReportRecords {
  private ReportRecords() {}

  public record HighlightReport(
      Long meetingId,
      Long boardId,
      String boardName,
      String chair,
      LocalDate meetingDate,
      Meeting.Status meetingStatus,
      @Schema(description = "When the records were read: every figure is as at this moment")
          OffsetDateTime asAt,
      @Schema(nullable = true, description = "The board's previous meeting")
          LocalDate previousMeeting,
      @Schema(description = "Changes are reported from this day (the previous meeting's)")
          LocalDate since,
      @Schema(description = "The next meeting, planned or expected from the board's cadence")
          LocalDate nextMeeting,
      @Schema(nullable = true, description = "The scorecard month: the latest with figures")
          Period scorecardMonth,
      String summary,
      List<PrioritySection> priorities,
      @Schema(description = "Risks to the plan as a whole") List<BoardRecords.RiskResponse> risks,
      @Schema(description = "Inspection findings that no current action answers")
          List<FindingLine> unansweredFindings,
      List<BoardRecords.ActionArisingResponse> actionsArising,
      ScorecardRecords.Scorecard scorecard) {}

  public record PrioritySection(
      Long priorityId,
      int number,
      String title,
      @Schema(description = "Current actions by effective RAG; NONE for not rated")
          Map<String, Long> ragCounts,
      String progress,
      String challenges,
      List<BoardRecords.RiskResponse> risks,
      List<ActionActivity.RagMove> ragChanges,
      List<ActionActivity.Evidence> newEvidence,
      List<ActionActivity.DueDateMove> dueDatesMoved,
      List<ActionActivity.ActionLine> overdue,
      @Schema(description = "Not overdue, due on or before the next meeting")
          List<ActionActivity.ActionLine> dueBeforeNextMeeting,
      @Schema(description = "AMBER_E: implemented, impact not yet evidenced")
          List<ActionActivity.ActionLine> awaitingImpact,
      @Schema(description = "Indicators off target or deteriorating, with their figures")
          List<IndicatorLine> indicators) {}

  public record IndicatorLine(
      Long id,
      int number,
      String name,
      String target,
      @Schema(nullable = true) BigDecimal targetValue,
      @Schema(nullable = true) String latest,
      TargetStatus status,
      Direction direction,
      List<Point> points) {}

  public record Point(Period period, BigDecimal value, String display) {}

  public record FindingLine(Long id, String label, String summary, boolean priorityAction) {}

  public record VersionSummary(
      int version, String sha256, String publishedBy, OffsetDateTime publishedAt) {}

  public record PublishedReport(
      int version,
      @Schema(description = "SHA-256 of the stored JSON content, hex") String sha256,
      String publishedBy,
      OffsetDateTime publishedAt,
      HighlightReport report) {}
}
