package org.improvementtracker.demo;

import java.math.BigDecimal;
import java.util.List;
import org.improvementtracker.indicator.Basis;
import org.improvementtracker.indicator.Polarity;
import org.improvementtracker.indicator.Target;
import org.improvementtracker.indicator.Unit;

/**
 * The shape of {@code demo/indicators.json}: the plan's 67 indicators with every printed figure.
 * Each figure keeps its printed text, and the reasons for the polarity and basis chosen where the
 * plan does not print them, so that the transcription can be reviewed. Indicators 55-67 name their
 * derivation instead of figures: theirs are computed from the demo audits and workforce snapshots.
 */
record DemoIndicators(String source, List<IndicatorData> indicators) {

  record IndicatorData(
      int number,
      String name,
      String area,
      String areaNote,
      int priority,
      Unit unit,
      Basis basis,
      Polarity polarity,
      TargetData target,
      String mtfp,
      List<String> flags,
      String dataStatus,
      String derivation,
      List<Figure> values,
      List<Missing> notAvailable) {

    /** Most indicators have a figure for every month the plan prints. */
    IndicatorData {
      notAvailable = notAvailable == null ? List.of() : notAvailable;
    }
  }

  record TargetData(Target.Kind kind, BigDecimal value, String comparator) {}

  record Figure(String period, BigDecimal value, String printed) {}

  /** A month the plan prints "Not available" for, with the reason the board reads. */
  record Missing(String period, String reason) {}
}
