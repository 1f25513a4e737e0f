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
  NO_DATA;

  /** As people say it, for exports. */
  public String label() {
    return switch (this) {
      case ON_TARGET -> "On target";
      case NEAR -> "Near";
      case OFF_TARGET -> "Off target";
      case NO_TARGET -> "No target";
      case NO_DATA -> "No data";
    };
  }
}
