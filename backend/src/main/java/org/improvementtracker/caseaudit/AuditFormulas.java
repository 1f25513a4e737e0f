package org.improvementtracker.caseaudit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.improvementtracker.indicator.Ratio;

/**
 * The formulas of indicators 55-58, as pure functions of the audits completed in one month. A month
 * with no completed (or no moderated) audits has no percentage, never 0%.
 */
final class AuditFormulas {
  private AuditFormulas() {}

  /** A completed audit, as the formulas need it. */
  record Completed(LocalDate completedDate, LocalDate dueDate, Grade moderatedGrade) {}

  /** 55: audits completed in the month. */
  static long completed(List<Completed> audits) {
    return audits.size();
  }

  /** 56: audits completed by their due date / audits completed. */
  static Optional<Ratio> withinTimescale(List<Completed> audits) {
    return share(audits, a -> !a.completedDate().isAfter(a.dueDate()));
  }

  /** 57: moderated audits graded good or outstanding at moderation / moderated audits. */
  static Optional<Ratio> goodOrBetter(List<Completed> audits) {
    return share(moderated(audits), a -> a.moderatedGrade().isGoodOrBetter());
  }

  /** 58: moderated audits graded inadequate at moderation / moderated audits. */
  static Optional<Ratio> inadequate(List<Completed> audits) {
    return share(moderated(audits), a -> a.moderatedGrade() == Grade.INADEQUATE);
  }

  private static List<Completed> moderated(List<Completed> audits) {
    return audits.stream().filter(a -> a.moderatedGrade() != null).toList();
  }

  private static Optional<Ratio> share(List<Completed> audits, Predicate<Completed> counted) {
    return Ratio.of(audits.stream().filter(counted).count(), audits.size());
  }
}
