package org.improvementtracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.improvementtracker.action.ActionActivity;
import org.improvementtracker.board.BoardRecords;
import org.improvementtracker.board.MeetingService;
import org.improvementtracker.board.RiskService;
import org.improvementtracker.common.Period;
import org.improvementtracker.finding.FindingService;
import org.improvementtracker.indicator.Direction;
import org.improvementtracker.indicator.ScorecardRecords;
import org.improvementtracker.indicator.ScorecardService;
import org.improvementtracker.indicator.TargetStatus;
import org.improvementtracker.plan.PriorityResponse;
import org.improvementtracker.plan.PriorityService;
import org.improvementtracker.plan.Rag;

/**
 * Assembles a meeting's highlight report from the records as they stand now: what changed since the
 * board's previous meeting, what is overdue or due before its next, and the scorecard of the latest
 * month with figures (never later than the meeting's month), plus the editors' judgement.
 */
@ApplicationScoped
public class ReportAssembler {
  /** Months of figures shown for each indicator, as the scorecard shows by default. */
  static final int MONTHS = 6;

  @Inject MeetingService meetings;
  @Inject RiskService judgements;
  @Inject PriorityService priorities;
  @Inject ActionActivity activity;
  @Inject FindingService findings;
  @Inject ScorecardService scorecards;

  public ReportRecords.HighlightReport assemble(Long meetingId, OffsetDateTime asAt) {
    MeetingService.Context meeting = meetings.context(meetingId);
    RiskService.Judgement judgement = judgements.judgement(meetingId);
    LocalDate today = asAt.toLocalDate();
    LocalDate since =
        meeting.previousMeeting() != null
            ? meeting.previousMeeting()
            : meeting.date().minusMonths(1);
    OffsetDateTime from = since.atStartOfDay().atOffset(ZoneOffset.UTC);
    Long planId = meeting.planId();

    List<ActionActivity.ActionLine> actions = activity.current(planId, today);
    List<ActionActivity.RagMove> ragMoves = activity.ragMoves(planId, from, asAt);
    List<ActionActivity.Evidence> evidence = activity.evidence(planId, from, asAt);
    List<ActionActivity.DueDateMove> dueMoves = activity.dueDateMoves(planId, from, asAt);
    ScorecardRecords.Scorecard scorecard = scorecard(planId, meeting.date());

    List<ReportRecords.PrioritySection> sections = new ArrayList<>();
    for (PriorityResponse priority : priorities.list(planId)) {
      if (!meeting.priorityIds().isEmpty() && !meeting.priorityIds().contains(priority.id())) {
        continue;
      }
      int n = priority.number();
      List<ActionActivity.ActionLine> own =
          actions.stream().filter(a -> a.priorityNumber() == n).toList();
      BoardRecords.PriorityCommentaryBody commentary = judgement.commentary().get(priority.id());
      sections.add(
          new ReportRecords.PrioritySection(
              priority.id(),
              n,
              priority.title(),
              ragCounts(own),
              commentary == null ? "" : commentary.progress(),
              commentary == null ? "" : commentary.challenges(),
              judgement.risks().stream().filter(r -> priority.id().equals(r.priorityId())).toList(),
              ragMoves.stream().filter(m -> m.priorityNumber() == n).toList(),
              evidence.stream().filter(e -> e.priorityNumber() == n).toList(),
              dueMoves.stream().filter(m -> m.priorityNumber() == n).toList(),
              filter(own, ActionActivity.ActionLine::overdue),
              filter(
                  own,
                  a ->
                      !a.overdue()
                          && a.dueDate() != null
                          && !a.dueDate().isAfter(meeting.nextMeeting())
                          && (a.rag() == null || !a.rag().isImplemented())),
              filter(own, a -> a.rag() == Rag.AMBER_E),
              indicators(scorecard, n)));
    }
    return new ReportRecords.HighlightReport(
        meeting.meetingId(),
        meeting.boardId(),
        meeting.boardName(),
        meeting.chair(),
        meeting.date(),
        meeting.status(),
        asAt,
        meeting.previousMeeting(),
        since,
        meeting.nextMeeting(),
        scorecard.periods().isEmpty()
            ? null
            : scorecard.periods().get(scorecard.periods().size() - 1),
        judgement.summary(),
        sections,
        judgement.risks().stream().filter(r -> r.priorityId() == null).toList(),
        findings.coverage(planId, false).stream()
            .map(
                f ->
                    new ReportRecords.FindingLine(
                        f.id(), f.label(), f.summary(), f.priorityAction()))
            .toList(),
        meetings.actionsArising(meetingId).stream()
            .filter(i -> i.status() == org.improvementtracker.board.ActionArising.Status.OPEN)
            .toList(),
        scorecard);
  }

  /** The scorecard of the latest month with figures, but never later than the meeting's month. */
  private ScorecardRecords.Scorecard scorecard(Long planId, LocalDate meetingDate) {
    Period meetingMonth = Period.of(meetingDate.toString().substring(0, 7));
    ScorecardRecords.Scorecard latest = scorecards.build(planId, MONTHS, null);
    boolean tooLate =
        !latest.periods().isEmpty()
            && latest.periods().get(latest.periods().size() - 1).isAfter(meetingMonth);
    return tooLate ? scorecards.build(planId, MONTHS, meetingMonth) : latest;
  }

  private static List<ReportRecords.IndicatorLine> indicators(
      ScorecardRecords.Scorecard scorecard, int priorityNumber) {
    return scorecard.areas().stream()
        .filter(a -> a.priorityNumber() != null && a.priorityNumber() == priorityNumber)
        .flatMap(a -> a.indicators().stream())
        .filter(
            r ->
                r.targetStatus() == TargetStatus.OFF_TARGET || r.direction() == Direction.DECLINING)
        .map(r -> indicator(scorecard.periods(), r))
        .toList();
  }

  private static ReportRecords.IndicatorLine indicator(
      List<Period> periods, ScorecardRecords.Row row) {
    List<ReportRecords.Point> points = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      ScorecardRecords.Cell cell = row.values().get(i);
      if (cell != null) {
        points.add(new ReportRecords.Point(periods.get(i), cell.value(), cell.display()));
      }
    }
    return new ReportRecords.IndicatorLine(
        row.id(),
        row.number(),
        row.name(),
        ScorecardService.displayTarget(row.unit(), row.target()),
        row.target().value(),
        points.isEmpty() ? null : points.get(points.size() - 1).display(),
        row.targetStatus(),
        row.direction(),
        points);
  }

  private static Map<String, Long> ragCounts(List<ActionActivity.ActionLine> actions) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Rag rag : Rag.values()) {
      counts.put(rag.name(), 0L);
    }
    counts.put("NONE", 0L);
    actions.forEach(
        a ->
            counts.merge(
                a.effectiveRag() == null ? "NONE" : a.effectiveRag().name(), 1L, Long::sum));
    return counts;
  }

  private static <T> List<T> filter(List<T> list, Predicate<T> keep) {
    return list.stream().filter(keep).toList();
  }
}
