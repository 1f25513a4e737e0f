package org.improvementtracker.indicator;

/** What period a monthly figure covers. */
public enum Basis {
  IN_MONTH,
  MONTH_END_SNAPSHOT,
  ROLLING_12_MONTHS,
  YEAR_TO_DATE;

  /** As people say it, for exports. */
  public String label() {
    return switch (this) {
      case IN_MONTH -> "In month";
      case MONTH_END_SNAPSHOT -> "Snapshot at month end";
      case ROLLING_12_MONTHS -> "Rolling 12 months";
      case YEAR_TO_DATE -> "Year to date";
    };
  }
}
