package org.improvementtracker.indicator;

import java.math.BigDecimal;

/** Figures as clients see them: 4 not 4.0000, 1147 not 1.147E+3, 41.3 not 41.3000. */
final class Figures {
  private Figures() {}

  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
