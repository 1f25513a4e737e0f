package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.improvementtracker.common.Period;

/**
 * A source of derived figures: records kept by a higher feature (case audits, workforce snapshots)
 * that some indicators are computed from. The indicator feature knows only this interface; each
 * source implements it, and {@link DerivedIndicators} keeps the derived indicators' figures in step
 * with the records.
 */
public interface DerivedFigures {

  /** The formula of a derivation this source computes, e.g. "AUDITS_COMPLETED"; empty otherwise. */
  Optional<String> formula(String derivation);

  /** Where the figures come from, for people: "case audits (Audits page, /api/v1/audits)". */
  String source();

  /**
   * The derivation's figure for every month that has records; months without records are absent.
   */
  SortedMap<Period, Figure> compute(String derivation);

  /**
   * One month's figure: the value as published (percentages to one decimal place), the numerator
   * and denominator it comes from (a count has no denominator) and the records behind it.
   */
  record Figure(
      BigDecimal value, BigDecimal numerator, BigDecimal denominator, List<RecordLink> records) {}

  /** A record behind a figure: its kind ("audit", "caseload-snapshot"…), id and a short label. */
  record RecordLink(String kind, Long id, String label) {}
}
