package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Direction of travel: the latest figure against the mean of up to three figures before it.
 *
 * <p>A move counts only when it is larger than a tolerance that suits the unit, since a rate and a
 * count of 5 do not move alike: 1.0 percentage point for percentages; 2.5% of the baseline (at
 * least 1.0) for rates per 10,000; 5% of the baseline (at least 2) for counts, where small numbers
 * jump about. Within the tolerance the indicator is STABLE; beyond it IMPROVING or DECLINING by its
 * polarity. Neutral indicators, and those with fewer than two earlier figures, have NO_TREND.
 */
public final class DirectionRule {
  static final int BASELINE_FIGURES = 3;
  static final int MIN_EARLIER_FIGURES = 2;

  private DirectionRule() {}

  /**
   * @param figures the indicator's figures in period order, oldest first
   */
  public static Direction of(List<BigDecimal> figures, Unit unit, Polarity polarity) {
    if (polarity == Polarity.NEUTRAL || figures.size() < 1 + MIN_EARLIER_FIGURES) {
      return Direction.NO_TREND;
    }
    BigDecimal latest = figures.get(figures.size() - 1);
    List<BigDecimal> earlier =
        figures.subList(Math.max(0, figures.size() - 1 - BASELINE_FIGURES), figures.size() - 1);
    BigDecimal baseline =
        earlier.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(earlier.size()), MathContext.DECIMAL64);
    BigDecimal change = latest.subtract(baseline);
    if (change.abs().compareTo(tolerance(unit, baseline)) <= 0) {
      return Direction.STABLE;
    }
    boolean rose = change.signum() > 0;
    return rose == (polarity == Polarity.HIGHER_IS_BETTER)
        ? Direction.IMPROVING
        : Direction.DECLINING;
  }

  static BigDecimal tolerance(Unit unit, BigDecimal baseline) {
    return switch (unit) {
      case PERCENT -> BigDecimal.ONE;
      case RATE_PER_10K -> baseline.abs().multiply(new BigDecimal("0.025")).max(BigDecimal.ONE);
      case COUNT -> baseline.abs().multiply(new BigDecimal("0.05")).max(BigDecimal.valueOf(2));
    };
  }
}
