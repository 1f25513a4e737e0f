package org.improvementtracker.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * The refusals and warnings of an upload's rows, counted in full and listed up to {@link #LISTED}
 * each, so that a million bad rows do not become a million-entry response.
 */
final class RowProblems {
  static final int LISTED = 1000;

  private final List<BulkRecords.RowProblem> errors = new ArrayList<>();
  private final List<BulkRecords.RowProblem> warnings = new ArrayList<>();
  private int rejected;
  private int warned;
  private int lastRejected = -1;
  private int lastWarned = -1;

  void error(int line, String column, String value, String reason) {
    if (line != lastRejected) {
      rejected++;
      lastRejected = line;
    }
    if (errors.size() < LISTED) {
      errors.add(new BulkRecords.RowProblem(line, column, value, reason));
    }
  }

  void warning(int line, String column, String value, String reason) {
    if (line != lastWarned) {
      warned++;
      lastWarned = line;
    }
    if (warnings.size() < LISTED) {
      warnings.add(new BulkRecords.RowProblem(line, column, value, reason));
    }
  }

  /** Whether this line has been refused already. */
  boolean rejects(int line) {
    return line == lastRejected;
  }

  int rejected() {
    return rejected;
  }

  int warned() {
    return warned;
  }

  List<BulkRecords.RowProblem> errors() {
    return errors.stream()
        .sorted(java.util.Comparator.comparingInt(BulkRecords.RowProblem::line))
        .toList();
  }

  List<BulkRecords.RowProblem> warnings() {
    return List.copyOf(warnings);
  }
}
