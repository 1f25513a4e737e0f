package org.improvementtracker.indicator;

/** Where the latest figure stands against the target. */
public enum TargetStatus {
  ON_TARGET,
  /** Off target, but within the unit's near band (see {@link TargetRule}). */
  NEAR,
  OFF_TARGET,
  /** The target is "Monitor" or "TBC". */
  NO_TARGET,
  /** There is a numeric target but no figure yet. */
  NO_DATA
}
