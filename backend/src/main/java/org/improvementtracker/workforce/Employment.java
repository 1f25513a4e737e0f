package org.improvementtracker.workforce;

public enum Employment {
  PERMANENT,
  AGENCY
}
