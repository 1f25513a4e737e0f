package org.improvementtracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Period;
import org.improvementtracker.security.CurrentUser;

/**
 * An indicator's monthly figures and their rules: a figure fits its unit, agrees with its numerator
 * and denominator, is not for a month to come, and keeps what it replaced as a revision.
 */
@ApplicationScoped
public class IndicatorFigures {
  @Inject IndicatorDefinitions definitions;
  @Inject IndicatorRepository indicators;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject DerivedIndicators derived;

  public List<IndicatorRecords.ValueResponse> values(Long id, Period from, Period to) {
    notInFuture("from", from);
    notInFuture("to", to);
    if (from != null && to != null && to.compareTo(from) < 0) {
      throw new InvalidInputException("to", "must not be before from");
    }
    return definitions.find(id).getValues().stream()
        .filter(v -> from == null || v.getPeriod().compareTo(from) >= 0)
        .filter(v -> to == null || v.getPeriod().compareTo(to) <= 0)
        .map(IndicatorMapper::value)
        .toList();
  }

  /** The outcome of PUT …/values/{period}: the figure and whether it was new. */
  public record Recorded(IndicatorRecords.ValueResponse value, boolean created) {}

  @Transactional
  public Recorded recordValue(Long id, Period period, IndicatorRecords.ValueRequest request) {
    Indicator indicator = definitions.find(id);
    derived.refuseTyped(indicator);
    notInFuture("period", period);
    BigDecimal value = checkedValue(indicator.getUnit(), request);
    IndicatorValue existing = indicator.valueFor(period).orElse(null);
    IndicatorRecords.ValueResponse before =
        existing == null ? null : IndicatorMapper.value(existing);
    Indicator.Recorded recorded =
        indicator.record(
            period,
            value,
            request.numerator(),
            request.denominator(),
            request.status(),
            currentUser.signature(),
            OffsetDateTime.now(clock));
    indicators.flush();
    IndicatorRecords.ValueResponse after = IndicatorMapper.value(recorded.value());
    if (recorded.changed()) {
      audit.record(
          recorded.created() ? "INDICATOR_VALUE_ENTERED" : "INDICATOR_VALUE_CORRECTED",
          "Indicator",
          id,
          before,
          after);
    }
    return new Recorded(after, recorded.created());
  }

  public List<IndicatorRecords.RevisionResponse> revisions(Long id, Period period) {
    notInFuture("period", period);
    IndicatorValue value =
        definitions
            .find(id)
            .valueFor(period)
            .orElseThrow(
                () -> new NotFoundException("A figure of indicator " + id + " for", period));
    return value.getRevisions().stream().map(IndicatorMapper::revision).toList();
  }

  /** Figures are for months that have happened; a later month is a typing slip. */
  public Period notInFuture(String field, Period period) {
    if (period != null && period.month().isAfter(YearMonth.now(clock))) {
      throw new InvalidInputException(field, "must not be in the future");
    }
    return period;
  }

  /** Checks a figure against {@link FigureRules}, refusing it with every broken rule. */
  private static BigDecimal checkedValue(Unit unit, IndicatorRecords.ValueRequest request) {
    FigureRules.Checked checked =
        FigureRules.check(unit, request.value(), request.numerator(), request.denominator());
    if (!checked.errors().isEmpty()) {
      throw new InvalidInputException(checked.errors());
    }
    return checked.value();
  }
}
