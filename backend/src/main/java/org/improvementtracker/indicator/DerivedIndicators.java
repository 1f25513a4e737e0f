package org.improvementtracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.RuleViolationException;

/**
 * Indicators computed from records. A change to a record recomputes them in the same transaction,
 * so a month's figure changes at once (with a revision, like a typed correction) and everything
 * downstream (scorecard, direction, status against target) treats it like any other figure.
 */
@ApplicationScoped
public class DerivedIndicators {

  @Inject Instance<DerivedFigures> sources;
  @Inject IndicatorRepository indicators;
  @Inject IndicatorValueRepository values;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Marks an indicator as computed by a derivation one of the sources knows. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void derive(Indicator indicator, String derivation) {
    DerivedFigures source = sourceOf(derivation);
    indicator.deriveFrom(derivation, source.formula(derivation).orElseThrow());
  }

  /**
   * Recomputes the indicators derived from one source's records, signing the figures "Derived from
   * case audits…". Called by each source after it changes a record.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refresh(DerivedFigures source) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Indicator indicator : indicators.listDerived()) {
      if (source.formula(indicator.getDerivation()).isPresent()) {
        align(
            indicator,
            source.compute(indicator.getDerivation()),
            "Derived from " + source.source(),
            now);
      }
    }
  }

  /**
   * Brings an indicator's figures in line with those computed from the records: a changed month is
   * corrected (keeping a revision, like a typed correction), a new one added, and a month that no
   * longer has records loses its figure. Each change is in the audit trail.
   */
  private void align(
      Indicator indicator,
      SortedMap<Period, DerivedFigures.Figure> computed,
      String by,
      OffsetDateTime now) {
    Map<Period, IndicatorValue> stored = new HashMap<>();
    values.between(indicator.getId(), null, null).forEach(v -> stored.put(v.getPeriod(), v));
    List<Runnable> trail = new ArrayList<>();
    for (IndicatorValue gone : stored.values()) {
      if (!computed.containsKey(gone.getPeriod())) {
        IndicatorRecords.ValueResponse before = IndicatorMapper.value(gone);
        values.deleteWithRevisions(gone);
        trail.add(() -> record("INDICATOR_VALUE_WITHDRAWN", indicator, before, null));
      }
    }
    computed.forEach(
        (period, figure) -> {
          IndicatorValue existing = stored.get(period);
          IndicatorRecords.ValueResponse before =
              existing == null ? null : IndicatorMapper.value(existing);
          Indicator.Recorded recorded =
              indicator.record(
                  existing,
                  period,
                  figure.value(),
                  figure.numerator(),
                  figure.denominator(),
                  ValueStatus.FINAL,
                  "The records it is computed from changed",
                  by,
                  now);
          if (recorded.created()) {
            values.persist(recorded.value());
          }
          if (recorded.revision() != null) {
            values.getEntityManager().persist(recorded.revision());
          }
          if (recorded.changed()) {
            trail.add(
                () ->
                    record(
                        "INDICATOR_VALUE_DERIVED",
                        indicator,
                        before,
                        IndicatorMapper.value(recorded.value())));
          }
        });
    if (!trail.isEmpty()) {
      // Flushed first so that the trail shows the figures' new versions.
      values.flush();
      indicator.refreshVerdicts(values.recentFigures(indicator.getId()));
      trail.forEach(Runnable::run);
    }
  }

  private void record(
      String event,
      Indicator indicator,
      IndicatorRecords.ValueResponse before,
      IndicatorRecords.ValueResponse after) {
    audit.record(event, "Indicator", indicator.getId(), before, after);
  }

  /** A derived indicator's formula and, per month, its figure with the records behind it. */
  public IndicatorRecords.DerivationResponse derivation(Long id) {
    Indicator indicator =
        indicators.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Indicator", id));
    if (!indicator.isDerived()) {
      throw new NotFoundException("A derivation of indicator", id);
    }
    DerivedFigures source = sourceOf(indicator.getDerivation());
    SortedMap<Period, DerivedFigures.Figure> figures = source.compute(indicator.getDerivation());
    return new IndicatorRecords.DerivationResponse(
        indicator.getDerivation(),
        indicator.getFormula(),
        source.source(),
        figures.entrySet().stream()
            .map(
                e ->
                    new IndicatorRecords.DerivedMonth(
                        e.getKey(),
                        Figures.plain(e.getValue().value()),
                        Figures.plain(e.getValue().numerator()),
                        Figures.plain(e.getValue().denominator()),
                        e.getValue().records()))
            .toList());
  }

  /** Refuses a typed figure for a derived indicator, naming where its figures come from. */
  void refuseTyped(Indicator indicator) {
    typedRefusal(indicator)
        .ifPresent(
            reason -> {
              throw new RuleViolationException(reason);
            });
  }

  /** Why nobody types this indicator's figures (where they come from), if they are computed. */
  public java.util.Optional<String> typedRefusal(Indicator indicator) {
    if (!indicator.isDerived()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "Indicator "
            + indicator.getNumber()
            + " is computed from "
            + sourceOf(indicator.getDerivation()).source()
            + " ("
            + indicator.getFormula()
            + "); change those records instead of typing a figure");
  }

  private DerivedFigures sourceOf(String derivation) {
    return sources.stream()
        .filter(s -> s.formula(derivation).isPresent())
        .findFirst()
        .orElseThrow(
            () -> new InvalidInputException("derivation", "no source computes " + derivation));
  }
}
