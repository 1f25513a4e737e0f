package org.improvementtracker.indicator;

import java.math.BigDecimal;

/**
 * Status against target, with the distance in the indicator's unit (latest minus target), so that a
 * colour never stands alone.
 *
 * <p>A figure on the good side of the target (by polarity) is ON_TARGET. Otherwise it is NEAR when
 * within the unit's band of the target: 2.5 percentage points; 5% of the target for rates per
 * 10,000 (at least 1.0); 10% of the target for counts (at least 1). Further away it is OFF_TARGET.
 * For a neutral indicator the target is a point to stay close to: within the band is ON_TARGET,
 * within twice the band NEAR. "Monitor" and "TBC" give NO_TARGET; no figure yet gives NO_DATA.
 */
public final class TargetRule {
  private TargetRule() {}

  public record Assessment(TargetStatus status, BigDecimal distance) {}

  public static Assessment assess(Target target, BigDecimal latest, Unit unit, Polarity polarity) {
    if (target == null || target.getKind() != Target.Kind.NUMERIC) {
      return new Assessment(TargetStatus.NO_TARGET, null);
    }
    if (latest == null) {
      return new Assessment(TargetStatus.NO_DATA, null);
    }
    BigDecimal goal = target.getValue();
    BigDecimal distance = Figures.plain(latest.subtract(goal));
    BigDecimal gap = distance.abs();
    BigDecimal band = band(unit, goal);
    boolean onGoodSide =
        switch (polarity) {
          case HIGHER_IS_BETTER -> distance.signum() >= 0;
          case LOWER_IS_BETTER -> distance.signum() <= 0;
          case NEUTRAL -> gap.compareTo(band) <= 0;
        };
    BigDecimal nearBand =
        polarity == Polarity.NEUTRAL ? band.multiply(BigDecimal.valueOf(2)) : band;
    TargetStatus status =
        onGoodSide
            ? TargetStatus.ON_TARGET
            : gap.compareTo(nearBand) <= 0 ? TargetStatus.NEAR : TargetStatus.OFF_TARGET;
    return new Assessment(status, distance);
  }

  static BigDecimal band(Unit unit, BigDecimal target) {
    return switch (unit) {
      case PERCENT -> new BigDecimal("2.5");
      case RATE_PER_10K -> target.abs().multiply(new BigDecimal("0.05")).max(BigDecimal.ONE);
      case COUNT -> target.abs().multiply(new BigDecimal("0.10")).max(BigDecimal.ONE);
    };
  }
}
