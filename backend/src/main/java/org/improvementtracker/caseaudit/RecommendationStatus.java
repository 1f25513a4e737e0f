package org.improvementtracker.caseaudit;

public enum RecommendationStatus {
  OPEN,
  DONE,
  CANCELLED
}
