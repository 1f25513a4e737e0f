package org.improvementtracker.bulk;

/** The problem types of refused uploads, as their {@code type} URIs. */
final class BulkProblems {
  static final String ROWS_REFUSED = "/problems/bulk-rows-refused";
  static final String WARNINGS = "/problems/bulk-warnings-not-acknowledged";
  static final String KEY_REUSED = "/problems/idempotency-key-reused";

  private BulkProblems() {}
}
