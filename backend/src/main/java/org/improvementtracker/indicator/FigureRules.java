package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.improvementtracker.common.FieldError;

/**
 * The rules every monthly figure meets, whether typed on an indicator's page or uploaded in bulk:
 * it fits its unit, numerator and denominator go together and agree with the value (which they
 * supply when it is omitted).
 */
public final class FigureRules {
  /** Slack when checking a value against numerator/denominator: figures are printed to 0.1. */
  static final BigDecimal RATIO_SLACK = new BigDecimal("0.05");

  private FigureRules() {}

  /** The value to store (computed from numerator/denominator when omitted), or why not. */
  public record Checked(BigDecimal value, List<FieldError> errors) {}

  public static Checked check(
      Unit unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    List<FieldError> errors = new ArrayList<>();
    if ((numerator == null) != (denominator == null)) {
      errors.add(
          new FieldError(
              numerator == null ? "numerator" : "denominator",
              "numerator and denominator go together"));
    } else if (numerator != null) {
      if (unit == Unit.COUNT) {
        errors.add(new FieldError("numerator", "a count has no numerator or denominator"));
      } else if (denominator.signum() <= 0) {
        errors.add(new FieldError("denominator", "must be greater than 0"));
      } else if (numerator.signum() < 0) {
        errors.add(new FieldError("numerator", "must not be negative"));
      } else {
        BigDecimal computed =
            numerator.multiply(unit.scale()).divide(denominator, 4, RoundingMode.HALF_UP);
        if (value == null) {
          value = computed;
        } else if (value.subtract(computed).abs().compareTo(RATIO_SLACK) > 0) {
          errors.add(
              new FieldError(
                  "value",
                  "does not match numerator/denominator, which give "
                      + computed.setScale(1, RoundingMode.HALF_UP).toPlainString()));
        }
      }
    }
    if (value == null && errors.isEmpty()) {
      errors.add(new FieldError("value", "is required (or give numerator and denominator)"));
    }
    if (value != null) {
      unit.refusal(value).map(m -> new FieldError("value", m)).ifPresent(errors::add);
    }
    return new Checked(value, errors);
  }
}
