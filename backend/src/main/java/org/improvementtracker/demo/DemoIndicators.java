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
      List<Figure> values) {}

  record TargetData(Target.Kind kind, BigDecimal value, String comparator) {}

  record Figure(String period, BigDecimal value, String printed) {}
}
