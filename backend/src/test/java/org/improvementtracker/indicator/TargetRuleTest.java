package org.improvementtracker.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status against target and the distance to it, in the indicator's unit. */
class TargetRuleTest {

  @ParameterizedTest(name = "{0} {1}: {2} against {3} is {4} ({5})")
  @CsvSource(
      delimiter = '|',
      value = {
        // unit        | polarity         | latest | target | status     | distance
        "PERCENT       | HIGHER_IS_BETTER | 95.9   | 90.0   | ON_TARGET  | 5.9",
        "PERCENT       | HIGHER_IS_BETTER | 90.0   | 90.0   | ON_TARGET  | 0",
        "PERCENT       | HIGHER_IS_BETTER | 88.0   | 90.0   | NEAR       | -2",
        "PERCENT       | HIGHER_IS_BETTER | 87.5   | 90.0   | NEAR       | -2.5",
        "PERCENT       | HIGHER_IS_BETTER | 64.1   | 90.0   | OFF_TARGET | -25.9",
        "PERCENT       | LOWER_IS_BETTER  | 19.3   | 23.0   | ON_TARGET  | -3.7",
        "PERCENT       | LOWER_IS_BETTER  | 12.5   | 7.6    | OFF_TARGET | 4.9",
        "PERCENT       | LOWER_IS_BETTER  | 10.7   | 10.5   | NEAR       | 0.2",
        // rates: near band 5% of the target, at least 1.0
        "RATE_PER_10K  | LOWER_IS_BETTER  | 43.7   | 42.1   | NEAR       | 1.6",
        "RATE_PER_10K  | LOWER_IS_BETTER  | 94.0   | 70.0   | OFF_TARGET | 24",
        // counts: near band 10% of the target, at least 1
        "COUNT         | LOWER_IS_BETTER  | 4      | 0      | OFF_TARGET | 4",
        "COUNT         | LOWER_IS_BETTER  | 1      | 0      | NEAR       | 1",
        "COUNT         | LOWER_IS_BETTER  | 57     | 50     | OFF_TARGET | 7",
        "COUNT         | LOWER_IS_BETTER  | 54     | 50     | NEAR       | 4",
        "COUNT         | HIGHER_IS_BETTER | 27     | 30     | NEAR       | -3",
        // neutral: a point to stay near
        "PERCENT       | NEUTRAL          | 91.5   | 90.0   | ON_TARGET  | 1.5",
        "PERCENT       | NEUTRAL          | 94.0   | 90.0   | NEAR       | 4",
        "PERCENT       | NEUTRAL          | 80.0   | 90.0   | OFF_TARGET | -10",
      })
  void shouldAssessAgainstANumericTarget(
      Unit unit,
      Polarity polarity,
      BigDecimal latest,
      BigDecimal target,
      TargetStatus status,
      BigDecimal distance) {
    TargetRule.Assessment assessment =
        TargetRule.assess(new Target(Target.Kind.NUMERIC, target, null), latest, unit, polarity);
    assertEquals(status, assessment.status());
    assertEquals(0, distance.compareTo(assessment.distance()), "distance " + assessment.distance());
  }

  @Test
  void shouldHaveNoTargetForMonitorAndTbcAndNoDataWithoutAFigure() {
    assertEquals(
        TargetStatus.NO_TARGET,
        TargetRule.assess(
                new Target(Target.Kind.MONITOR, null, null),
                BigDecimal.TEN,
                Unit.COUNT,
                Polarity.NEUTRAL)
            .status());
    TargetRule.Assessment tbc =
        TargetRule.assess(
            new Target(Target.Kind.TBC, null, null),
            BigDecimal.TEN,
            Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER);
    assertEquals(TargetStatus.NO_TARGET, tbc.status());
    assertNull(tbc.distance());
    assertEquals(
        TargetStatus.NO_DATA,
        TargetRule.assess(
                new Target(Target.Kind.NUMERIC, BigDecimal.TEN, null),
                null,
                Unit.PERCENT,
                Polarity.HIGHER_IS_BETTER)
            .status());
  }
}
