package org.improvementtracker.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * The extension point for audit recommendations in "My work" and the digest: the feature that
 * tracks case-audit recommendations implements it, and its overdue items then appear here. Until
 * one exists, My work lists none.
 */
public interface OverdueRecommendations {

  /** The recommendations a user owns that are past due and not complete, oldest due first. */
  List<ReminderRecords.Recommendation> overdueFor(Long userId, LocalDate today);
}
