package org.improvementtracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direction of travel: latest figure against the mean of up to three before it, unit-aware. */
class DirectionRuleTest {

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // unit         | polarity         | figures, oldest first     | direction
        "PERCENT        | HIGHER_IS_BETTER | 60.0 62.0 64.0 70.0        | IMPROVING",
        "PERCENT        | HIGHER_IS_BETTER | 70.0 70.0 70.0 60.0        | DECLINING",
        "PERCENT        | LOWER_IS_BETTER  | 21.2 21.1 20.9 19.3        | IMPROVING",
        "PERCENT        | LOWER_IS_BETTER  | 19.0 19.0 19.0 21.0        | DECLINING",
        // within 1.0 percentage point of the baseline: stable
        "PERCENT        | HIGHER_IS_BETTER | 63.2 63.2 64.1 64.1        | STABLE",
        "PERCENT        | HIGHER_IS_BETTER | 50.0 50.0 51.0             | STABLE",
        "PERCENT        | HIGHER_IS_BETTER | 50.0 50.0 51.1             | IMPROVING",
        // only the last three earlier figures count: the 10.0 is ignored
        "PERCENT        | HIGHER_IS_BETTER | 10.0 50.0 50.0 50.0 50.5   | STABLE",
        // neutral polarity, or fewer than two earlier figures: no trend
        "PERCENT        | NEUTRAL          | 10.0 20.0 90.0             | NO_TREND",
        "PERCENT        | HIGHER_IS_BETTER | 10.0 90.0                  | NO_TREND",
        "PERCENT        | HIGHER_IS_BETTER | 10.0                       | NO_TREND",
        // rates: 2.5% of the baseline (at least 1.0); 94.0 against 92.7 moves 1.3 < 2.32
        "RATE_PER_10K   | LOWER_IS_BETTER  | 91.4 94.0 92.7 94.0        | STABLE",
        "RATE_PER_10K   | LOWER_IS_BETTER  | 197.7 185.2 190.0 177.1    | IMPROVING",
        "RATE_PER_10K   | LOWER_IS_BETTER  | 10.0 10.0 10.0 10.9        | STABLE",
        "RATE_PER_10K   | LOWER_IS_BETTER  | 10.0 10.0 10.0 11.1        | DECLINING",
        // counts: 5% of the baseline, at least 2; a count of 5 moving by 2 is noise
        "COUNT          | LOWER_IS_BETTER  | 5 4 4 3                    | STABLE",
        "COUNT          | LOWER_IS_BETTER  | 5 5 5 8                    | DECLINING",
        "COUNT          | LOWER_IS_BETTER  | 55 57 62 62 60             | STABLE",
        "COUNT          | LOWER_IS_BETTER  | 55 57 62 62 57             | IMPROVING",
        "COUNT          | LOWER_IS_BETTER  | 62 62 62 50                | IMPROVING",
      })
  void shouldComputeDirectionOfTravel(
      Unit unit, Polarity polarity, String figures, Direction expected) {
    List<BigDecimal> values =
        Arrays.stream(figures.trim().split("\\s+")).map(BigDecimal::new).toList();
    assertEquals(expected, DirectionRule.of(values, unit, polarity));
  }
}
