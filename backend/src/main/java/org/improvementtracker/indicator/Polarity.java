package org.improvementtracker.indicator;

/** Which way is better. Not printed in the plan: decided per indicator, and editable. */
public enum Polarity {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  NEUTRAL;

  /** As people say it, for exports. */
  public String label() {
    return switch (this) {
      case HIGHER_IS_BETTER -> "Higher is better";
      case LOWER_IS_BETTER -> "Lower is better";
      case NEUTRAL -> "Neither: close to the target";
    };
  }
}
