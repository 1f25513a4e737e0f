package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A numerator over a denominator, as derived percentages are computed. A zero denominator has no
 * ratio at all: a month with nothing to count shows no figure, never 0%.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static Optional<Ratio> of(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0
        ? Optional.empty()
        : Optional.of(new Ratio(numerator, denominator));
  }

  public static Optional<Ratio> of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** The percentage to one decimal place, as the plan publishes it (half up: 41.25 → 41.3). */
  public BigDecimal percent() {
    return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
  }
}
