package org.improvementtracker.bulk;

import java.time.OffsetDateTime;

/**
 * One upload of one kind, inside its transaction: it receives the rows as they are read (checking
 * each and staging the good ones), then counts what applying them would do, then applies them.
 */
interface Upload extends RowReader.RowHandler {

  /** What applying the staged rows would do. */
  record Counts(int created, int updated, int unchanged) {}

  /** Ends reading: checks the rows against each other (duplicates) and counts. */
  Counts finish();

  /** Writes the staged rows as part of the batch, with revisions and audit entries naming it. */
  void apply(long batchId, String by, OffsetDateTime now);

  /** Abandons a staged upload after a failure while reading. */
  void abandon();
}
