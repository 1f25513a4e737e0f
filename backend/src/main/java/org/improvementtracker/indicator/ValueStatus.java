package org.improvementtracker.indicator;

public enum ValueStatus {
  PROVISIONAL,
  FINAL
}
