package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/** How an indicator's figures are expressed. */
public enum Unit {
  /** A whole number of children, referrals, placements… */
  COUNT,
  /** A percentage, 0 to 100. */
  PERCENT,
  /** A rate per 10,000 children (printed with a trailing "r"). */
  RATE_PER_10K;

  /** As people say it, for exports: the column beside the figures. */
  public String label() {
    return switch (this) {
      case COUNT -> "Count";
      case PERCENT -> "Percentage";
      case RATE_PER_10K -> "Rate per 10,000";
    };
  }

  /** A figure as the plan prints it, as a number: whole counts, one decimal otherwise. */
  public BigDecimal printed(BigDecimal value) {
    return value.setScale(this == COUNT ? 0 : 1, java.math.RoundingMode.HALF_UP);
  }

  /** What numerator/denominator is multiplied by to give the value. */
  BigDecimal scale() {
    return switch (this) {
      case COUNT -> BigDecimal.ONE;
      case PERCENT -> BigDecimal.valueOf(100);
      case RATE_PER_10K -> BigDecimal.valueOf(10_000);
    };
  }

  /** Why a figure cannot be a value of this unit, if it cannot. */
  public Optional<String> refusal(BigDecimal value) {
    if (value.signum() < 0) {
      return Optional.of("must not be negative");
    }
    if (this == PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
      return Optional.of("is a percentage: must be between 0 and 100");
    }
    if (this == COUNT && value.stripTrailingZeros().scale() > 0) {
      return Optional.of("is a count: must be a whole number");
    }
    if (value.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
      return Optional.of("is too large");
    }
    return Optional.empty();
  }
}
