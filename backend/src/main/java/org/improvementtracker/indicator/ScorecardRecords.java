package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.common.Period;

/** The plan's "Indicators of success" table, generated. */
public final class ScorecardRecords {
  private ScorecardRecords() {}

  public record Scorecard(
      @Schema(
              nullable = true,
              description =
                  "The plan shown; null only when several plans exist and none was asked for")
          Long planId,
      @Schema(description = "The months shown, oldest first") List<Period> periods,
      @Schema(
              nullable = true,
              description = "The plan's first month with a figure: how far back a window can go")
          Period firstPeriod,
      List<Area> areas) {}

  public record Area(
      String area,
      @Schema(nullable = true) String areaNote,
      @Schema(nullable = true) Integer priorityNumber,
      List<Row> indicators) {}

  public record Row(
      Long id,
      int number,
      String name,
      Unit unit,
      Basis basis,
      Polarity polarity,
      List<String> flags,
      @Schema(nullable = true) String mtfp,
      IndicatorRecords.TargetBody target,
      @Schema(nullable = true) String dataStatus,
      @Schema(description = "One cell per period; null where there is no figure") List<Cell> values,
      Direction direction,
      TargetStatus targetStatus,
      @Schema(nullable = true) BigDecimal distanceToTarget) {}

  public record Cell(
      BigDecimal value,
      ValueStatus status,
      @Schema(description = "As a board paper prints it: 1,147 · 41.3% · 189.2r") String display) {}
}
