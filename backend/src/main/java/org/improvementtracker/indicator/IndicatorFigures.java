package org.improvementtracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.common.StaleVersionException;
import org.improvementtracker.common.UnconfirmedWarningException;
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

  /** The outcome of PUT …/not-available/{period}: the record and whether it was new. */
  public record Marked(IndicatorRecords.UnavailableResponse unavailable, boolean created) {}

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
      Long id,
      Period period,
      IndicatorRecords.ValueRequest request,
      String ifMatch,
      boolean acknowledgeWarnings) {
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
    boolean changes =
        existing == null
            || existing.differsFrom(
                value, request.numerator(), request.denominator(), request.status());
    if (changes && !acknowledgeWarnings) {
      senseCheck(indicator, period, value);
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
    if (recorded.created()) {
      // The figure has arrived: the month is no longer missing.
      removeUnavailable(id, period);
    }
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
   * Refuses, until confirmed, a figure far from the indicator's other recent figures (this month's
   * own figure left out, so a correction is compared with the rest).
   */
  private void senseCheck(Indicator indicator, Period period, BigDecimal value) {
    SenseCheck.warning(
            indicator.getUnit(),
            value,
            values.recentFiguresOtherThan(indicator.getId(), period, SenseCheck.HISTORY_MONTHS))
        .ifPresent(
            warning -> {
              throw new UnconfirmedWarningException(
                  List.of(new FieldError("value", value.toPlainString() + " " + warning)),
                  "send it again with acknowledgeWarnings=true");
            });
  }

  /** The months of an indicator whose figure is recorded as not available, oldest first. */
  public List<IndicatorRecords.UnavailableResponse> unavailable(Long id) {
    definitions.find(id);
    return unavailableOf(id).stream().map(IndicatorMapper::unavailable).toList();
  }

  /**
   * Records why a month has no figure, or changes the reason (If-Match). A month that has a figure
   * is not "not available": that figure is corrected instead.
   */
  @Transactional
  public Marked markUnavailable(
      Long id, Period period, IndicatorRecords.UnavailableRequest request, String ifMatch) {
    Indicator indicator = definitions.find(id);
    derived.refuseTyped(indicator);
    notInFuture("period", period);
    if (values.find(id, period).isPresent()) {
      throw new RuleViolationException(
          "There is a figure for "
              + period
              + "; correct that figure instead of recording it as not available");
    }
    String reason = request.reason().trim();
    UnavailableFigure existing = findUnavailable(id, period).orElse(null);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (existing == null) {
      UnavailableFigure created =
          new UnavailableFigure(indicator, period, reason, currentUser.signature(), now);
      values.getEntityManager().persist(created);
      values.flush();
      IndicatorRecords.UnavailableResponse after = IndicatorMapper.unavailable(created);
      audit.record("INDICATOR_FIGURE_NOT_AVAILABLE", "Indicator", id, null, after);
      return new Marked(after, true);
    }
    if (existing.getReason().equals(reason)) {
      return new Marked(IndicatorMapper.unavailable(existing), false);
    }
    ETags.requireMatch(ifMatch, existing.getVersion());
    IndicatorRecords.UnavailableResponse before = IndicatorMapper.unavailable(existing);
    existing.explain(reason, currentUser.signature(), now);
    values.flush();
    IndicatorRecords.UnavailableResponse after = IndicatorMapper.unavailable(existing);
    audit.record("INDICATOR_FIGURE_NOT_AVAILABLE", "Indicator", id, before, after);
    return new Marked(after, false);
  }

  /** Withdraws a "not available" record made in error (If-Match). */
  @Transactional
  public void clearUnavailable(Long id, Period period, String ifMatch) {
    definitions.find(id);
    UnavailableFigure existing =
        findUnavailable(id, period)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "A \"not available\" record of indicator " + id + " for", period));
    ETags.requireMatch(ifMatch, existing.getVersion());
    removeUnavailable(id, period);
  }

  /**
   * Removes a month's "not available" record, if there is one, in one DELETE with no SELECT first:
   * entering a figure calls it every time, and most months were never recorded as missing.
   */
  private void removeUnavailable(Long id, Period period) {
    List<?> removed =
        values
            .getEntityManager()
            .createNativeQuery(
                "delete from unavailable_figure where indicator_id = ?1 and period = ?2"
                    + " returning reason, recorded_by, recorded_at, version")
            .setParameter(1, id)
            .setParameter(2, period.toString())
            .getResultList();
    for (Object row : removed) {
      Object[] cells = (Object[]) row;
      IndicatorRecords.UnavailableResponse before =
          new IndicatorRecords.UnavailableResponse(
              period,
              (String) cells[0],
              (String) cells[1],
              timestamp(cells[2]),
              ((Number) cells[3]).longValue());
      audit.record("INDICATOR_FIGURE_NOT_AVAILABLE_REMOVED", "Indicator", id, before, null);
    }
  }

  /** A timestamptz column of a native query, as whichever type the driver gave it. */
  private static OffsetDateTime timestamp(Object cell) {
    if (cell instanceof OffsetDateTime time) {
      return time;
    }
    Instant instant =
        cell instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) cell;
    return instant.atOffset(ZoneOffset.UTC);
  }

  private Optional<UnavailableFigure> findUnavailable(Long id, Period period) {
    return values
        .getEntityManager()
        .createQuery(
            "from UnavailableFigure u where u.indicator.id = :id and u.period = :period",
            UnavailableFigure.class)
        .setParameter("id", id)
        .setParameter("period", period)
        .getResultStream()
        .findFirst();
  }

  private List<UnavailableFigure> unavailableOf(Long id) {
    return values
        .getEntityManager()
        .createQuery(
            "from UnavailableFigure u where u.indicator.id = :id order by u.period",
            UnavailableFigure.class)
        .setParameter("id", id)
        .getResultList();
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
