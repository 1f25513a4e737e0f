package org.improvementtracker.plan;

/**
 * The plan's task rating key. RED: overdue; AMBER: in progress; AMBER_E (shown yellow):
 * implemented, impact not yet evidenced; GREEN: implemented and evidence shows embedded change.
 */
public enum Rag {
  RED,
  AMBER,
  AMBER_E,
  GREEN;

  /** Implemented tasks are never overdue, whatever their due date says. */
  public boolean isImplemented() {
    return this == AMBER_E || this == GREEN;
  }
}
