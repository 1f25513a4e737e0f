package org.improvementtracker.indicator;

/** Direction of travel, computed from the figures, never typed. */
public enum Direction {
  IMPROVING,
  DECLINING,
  STABLE,
  /** Neutral polarity, or too few figures to tell. */
  NO_TREND;

  /** As people say it, for exports. */
  public String label() {
    return switch (this) {
      case IMPROVING -> "Improving";
      case DECLINING -> "Declining";
      case STABLE -> "Stable";
      case NO_TREND -> "No trend";
    };
  }
}
