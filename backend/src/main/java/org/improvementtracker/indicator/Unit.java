package org.improvementtracker.indicator;

import java.math.BigDecimal;

/** How an indicator's figures are expressed. */
public enum Unit {
  /** A whole number of children, referrals, placements… */
  COUNT,
  /** A percentage, 0 to 100. */
  PERCENT,
  /** A rate per 10,000 children (printed with a trailing "r"). */
  RATE_PER_10K;

  /** What numerator/denominator is multiplied by to give the value. */
  BigDecimal scale() {
    return switch (this) {
      case COUNT -> BigDecimal.ONE;
      case PERCENT -> BigDecimal.valueOf(100);
      case RATE_PER_10K -> BigDecimal.valueOf(10_000);
    };
  }
}
