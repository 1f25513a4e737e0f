package org.improvementtracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.StaleVersionException;
import org.improvementtracker.security.CurrentUser;

/**
 * An indicator's monthly figures and their rules: a figure fits its unit, agrees with its numerator
 * and denominator, is not for a month to come, and keeps what it replaced as a revision.
 */
@ApplicationScoped
public class IndicatorFigures {
  @Inject IndicatorDefinitions definitions;
  @Inject IndicatorValueRepository values;
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
    definitions.find(id);
    return values.between(id, from, to).stream().map(IndicatorMapper::value).toList();
  }

  /** The outcome of PUT …/values/{period}: the figure and whether it was new. */
  public record Recorded(IndicatorRecords.ValueResponse value, boolean created) {}

  /** One month's figure (its version is the ETag a correction must send back). */
  public Recorded value(Long id, Period period) {
    notInFuture("period", period);
    return new Recorded(IndicatorMapper.value(existingValue(id, period)), false);
  }

  /**
   * Enters or corrects a figure. A correction must name the version it corrects ({@code ifMatch});
   * re-sending the figure as it stands changes nothing and needs no version, so scripts can re-run.
   * Two first entries for one month at once: one wins, the other is told the month has changed.
   */
  @Transactional
  public Recorded recordValue(
      Long id, Period period, IndicatorRecords.ValueRequest request, String ifMatch) {
    Indicator indicator = definitions.find(id);
    derived.refuseTyped(indicator);
    notInFuture("period", period);
    BigDecimal value = checkedValue(indicator.getUnit(), request);
    // The one (indicator, month) row, not the indicator's whole history.
    IndicatorValue existing = values.find(id, period).orElse(null);
    if (existing != null
        && existing.differsFrom(
            value, request.numerator(), request.denominator(), request.status())) {
      ETags.requireMatch(ifMatch, existing.getVersion());
    } else if (existing == null && ifMatch != null && !ifMatch.isBlank()) {
      throw new StaleVersionException(
          "There is no figure for " + period + " any more; read the figures again");
    }
    IndicatorRecords.ValueResponse before =
        existing == null ? null : IndicatorMapper.value(existing);
    Indicator.Recorded recorded =
        indicator.record(
            existing,
            period,
            value,
            request.numerator(),
            request.denominator(),
            request.status(),
            request.reason(),
            currentUser.signature(),
            OffsetDateTime.now(clock));
    writeFigure(period, recorded);
    if (recorded.changed()) {
      indicator.refreshVerdicts(values.recentFigures(id));
    }
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

  /**
   * Writes the figure (and the revision that keeps the old one) now, so that a lost race is a clear
   * refusal rather than a failed commit: a new row is inserted as soon as it is persisted.
   */
  private void writeFigure(Period period, Indicator.Recorded recorded) {
    try {
      if (recorded.created()) {
        values.persist(recorded.value());
      }
      if (recorded.revision() != null) {
        values.getEntityManager().persist(recorded.revision());
      }
      values.flush();
    } catch (PersistenceException e) {
      if (e instanceof OptimisticLockException
          || e instanceof org.hibernate.exception.ConstraintViolationException
          || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
        throw new StaleVersionException(
            "Someone else entered or corrected the figure for "
                + period
                + " at the same time; read it again and re-apply your change");
      }
      throw e;
    }
  }

  public List<IndicatorRecords.RevisionResponse> revisions(Long id, Period period) {
    notInFuture("period", period);
    return values.revisions(existingValue(id, period)).stream()
        .map(IndicatorMapper::revision)
        .toList();
  }

  private IndicatorValue existingValue(Long id, Period period) {
    definitions.find(id);
    return values
        .find(id, period)
        .orElseThrow(() -> new NotFoundException("A figure of indicator " + id + " for", period));
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
