package org.improvementtracker.indicator;

/** Which way is better. Not printed in the plan: decided per indicator, and editable. */
public enum Polarity {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  NEUTRAL
}
