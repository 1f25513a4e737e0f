package org.improvementtracker.caseaudit;

/** Ofsted's grades, best first. */
public enum Grade {
  OUTSTANDING,
  GOOD,
  REQUIRES_IMPROVEMENT,
  INADEQUATE;

  public boolean isGoodOrBetter() {
    return this == OUTSTANDING || this == GOOD;
  }
}
