package org.improvementtracker.indicator;

/** What period a monthly figure covers. */
public enum Basis {
  IN_MONTH,
  MONTH_END_SNAPSHOT,
  ROLLING_12_MONTHS,
  YEAR_TO_DATE
}
