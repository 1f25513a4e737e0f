package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Whether a figure looks like a slip rather than news: far from the indicator's recent figures (an
 * Excel fraction 0.65 for a percentage around 64, a count typed with an extra digit). A warning,
 * not a refusal: real figures do jump, and the person who knows says so.
 */
public final class SenseCheck {
  /** A figure more than this many times above, or below, its recent typical figure is queried. */
  public static final BigDecimal JUMP_MULTIPLE = BigDecimal.valueOf(3);

  /** How many of the latest figures make the indicator's recent history. */
  public static final int HISTORY_MONTHS = 12;

  private SenseCheck() {}

  /** Why this figure looks out of line with the recent ones (latest last), if it does. */
  public static Optional<String> warning(Unit unit, BigDecimal value, List<BigDecimal> recent) {
    if (value == null || recent.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal typical =
        recent.stream().sorted().toList().get(recent.size() / 2).stripTrailingZeros();
    if (typical.signum() <= 0) {
      return Optional.empty();
    }
    boolean far =
        value.compareTo(typical.multiply(JUMP_MULTIPLE)) > 0
            || value.multiply(JUMP_MULTIPLE).compareTo(typical) < 0;
    if (!far) {
      return Optional.empty();
    }
    String around = typical.setScale(1, RoundingMode.HALF_UP).toPlainString();
    String hint =
        unit == Unit.PERCENT && value.compareTo(BigDecimal.ONE) <= 0
            ? "; a percentage is written 0 to 100 (64.0, not 0.64)"
            : "";
    return Optional.of(
        "is far from this indicator's recent figures (around "
            + around
            + ", more than "
            + JUMP_MULTIPLE
            + " times apart)"
            + hint);
  }
}
