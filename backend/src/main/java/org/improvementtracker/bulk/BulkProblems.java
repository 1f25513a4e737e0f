package org.improvementtracker.bulk;

import java.util.List;
import org.improvementtracker.common.RuleViolationException;

/** The problem types of refused uploads, as their {@code type} URIs. */
final class BulkProblems {
  static final String ROWS_REFUSED = "/problems/bulk-rows-refused";
  static final String WARNINGS = "/problems/bulk-warnings-not-acknowledged";
  static final String KEY_REUSED = "/problems/idempotency-key-reused";

  private BulkProblems() {}

  /** The 409 of a revert that would undo later changes: names them (the first 50). */
  static RuleViolationException revertRefused(long batchId, String what, List<String> touched) {
    return new RuleViolationException(
        "Batch "
            + batchId
            + " cannot be reverted: "
            + touched.size()
            + " of its "
            + what
            + " changed after it: "
            + String.join("; ", touched.subList(0, Math.min(50, touched.size())))
            + (touched.size() > 50 ? "; …" : ""));
  }
}
