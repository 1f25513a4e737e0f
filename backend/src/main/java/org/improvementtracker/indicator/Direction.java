package org.improvementtracker.indicator;

/** Direction of travel, computed from the figures, never typed. */
public enum Direction {
  IMPROVING,
  DECLINING,
  STABLE,
  /** Neutral polarity, or too few figures to tell. */
  NO_TREND
}
