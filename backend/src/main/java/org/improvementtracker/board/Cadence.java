package org.improvementtracker.board;

import java.time.LocalDate;

/** How often a board meets; it sets when a board's next meeting is expected. */
public enum Cadence {
  WEEKLY,
  FORTNIGHTLY,
  MONTHLY,
  QUARTERLY;

  /** The date a meeting after this one is expected, when none is planned yet. */
  public LocalDate after(LocalDate date) {
    return switch (this) {
      case WEEKLY -> date.plusWeeks(1);
      case FORTNIGHTLY -> date.plusWeeks(2);
      case MONTHLY -> date.plusMonths(1);
      case QUARTERLY -> date.plusMonths(3);
    };
  }
}
