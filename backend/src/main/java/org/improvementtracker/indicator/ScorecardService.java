package org.improvementtracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Period;
import org.improvementtracker.plan.PlanRepository;

/**
 * Builds the scorecard: indicators grouped by area, a window of months, and each indicator's
 * direction and status as of the window's last month.
 */
@ApplicationScoped
public class ScorecardService {
  static final int MAX_MONTHS = 24;

  @Inject IndicatorRepository indicators;
  @Inject IndicatorValueRepository values;
  @Inject PlanRepository plans;

  /**
   * Reads only what the table shows: the indicators, then each one's figures for the months shown
   * and the few before that its verdicts need, however many years of figures are kept.
   *
   * @param to the last month shown; by default the latest month with any figure
   */
  public ScorecardRecords.Scorecard build(Long requestedPlan, int months, Period to) {
    Long planId = requestedPlan != null ? requestedPlan : onlyPlan();
    List<Indicator> all = indicators.listForScorecard(planId);
    if (all.isEmpty() && planId != null && plans.findByIdOptional(planId).isEmpty()) {
      throw new InvalidInputException("plan", "no plan has id " + planId);
    }
    IndicatorValueRepository.Span span =
        all.isEmpty() ? new IndicatorValueRepository.Span(null, null) : values.span(planId);
    Period last = to != null ? to : span.reached();
    List<Period> periods = new ArrayList<>();
    Map<Long, List<IndicatorValue>> figures = Map.of();
    if (last != null) {
      for (int back = months - 1; back >= 0; back--) {
        periods.add(last.minusMonths(back));
      }
      figures = values.latestUpTo(planId, last, Math.max(months, Indicator.FIGURES_FOR_VERDICTS));
    }
    Map<String, List<ScorecardRecords.Row>> rows = new LinkedHashMap<>();
    Map<String, Indicator> firstOfArea = new LinkedHashMap<>();
    for (Indicator indicator : all) {
      String key = indicator.getArea() + "\u0000" + indicator.getAreaNote();
      firstOfArea.putIfAbsent(key, indicator);
      rows.computeIfAbsent(key, k -> new ArrayList<>())
          .add(row(indicator, periods, figures.getOrDefault(indicator.getId(), List.of())));
    }
    List<ScorecardRecords.Area> areas =
        firstOfArea.entrySet().stream()
            .map(
                e ->
                    new ScorecardRecords.Area(
                        e.getValue().getArea(),
                        e.getValue().getAreaNote(),
                        e.getValue().getPriority() == null
                            ? null
                            : e.getValue().getPriority().getNumber(),
                        rows.get(e.getKey())))
            .toList();
    return new ScorecardRecords.Scorecard(planId, periods, span.first(), areas);
  }

  /**
   * @param figures the indicator's latest figures up to the last month shown, in period order
   */
  private static ScorecardRecords.Row row(
      Indicator i, List<Period> periods, List<IndicatorValue> figures) {
    Map<Period, IndicatorValue> byPeriod = new HashMap<>();
    figures.forEach(v -> byPeriod.put(v.getPeriod(), v));
    List<ScorecardRecords.Cell> cells =
        periods.stream()
            .map(byPeriod::get)
            .map(
                v ->
                    v == null
                        ? null
                        : new ScorecardRecords.Cell(
                            v.getValue(), v.getStatus(), display(i.getUnit(), v.getValue())))
            .toList();
    List<BigDecimal> recent = figures.stream().map(IndicatorValue::getValue).toList();
    TargetRule.Assessment assessment =
        i.assessment(recent.isEmpty() ? null : recent.get(recent.size() - 1));
    return new ScorecardRecords.Row(
        i.getId(),
        i.getNumber(),
        i.getName(),
        i.getUnit(),
        i.getBasis(),
        i.getPolarity(),
        i.getFlags(),
        i.getMtfp(),
        IndicatorMapper.target(i.getTarget()),
        i.getDataStatus(),
        cells,
        i.direction(recent),
        assessment.status(),
        assessment.distance());
  }

  /** The plan's id when the installation has one plan, as most councils do. */
  private Long onlyPlan() {
    List<Long> ids =
        plans
            .getEntityManager()
            .createQuery("select p.id from Plan p", Long.class)
            .setMaxResults(2)
            .getResultList();
    return ids.size() == 1 ? ids.get(0) : null;
  }

  /**
   * The download's file name: the plan and the last month shown, e.g.
   * "plymouth-children-young-people-and-families-improvement-plan-scorecard-2023-03.csv". Without a
   * plan named, the only plan's title, if there is only one.
   */
  public String fileName(ScorecardRecords.Scorecard scorecard, String extension) {
    // The scorecard names its plan: the one asked for, or the only one.
    String title =
        scorecard.planId() == null
            ? null
            : plans.findByIdOptional(scorecard.planId()).map(p -> p.getTitle()).orElse(null);
    StringBuilder name = new StringBuilder();
    if (title != null) {
      String slug =
          title
              .toLowerCase(Locale.ROOT)
              .replace("'", "")
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-|-$", "");
      name.append(slug, 0, Math.min(slug.length(), 80)).append('-');
    }
    name.append("scorecard");
    List<Period> periods = scorecard.periods();
    if (!periods.isEmpty()) {
      name.append('-').append(periods.get(periods.size() - 1));
    }
    return name.append('.').append(extension).toString();
  }

  /** The figure as the plan prints it: counts with thousands separators, 41.3%, 189.2r. */
  public static String display(Unit unit, BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.UK);
    return switch (unit) {
      case COUNT -> new DecimalFormat("#,##0", symbols).format(value);
      case PERCENT -> value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
      case RATE_PER_10K -> value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "r";
    };
  }

  /** The target as printed: "90.0%", "7.6% England", "Monitor", "TBC". */
  public static String displayTarget(Unit unit, IndicatorRecords.TargetBody target) {
    return switch (target.kind()) {
      case MONITOR -> "Monitor";
      case TBC -> "TBC";
      case NUMERIC ->
          display(unit, target.value())
              + (target.comparator() == null ? "" : " " + target.comparator());
    };
  }
}
