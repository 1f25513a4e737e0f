package org.improvementtracker.bulk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an upload holds, as its endpoint and template name it. */
enum BulkKind {
  INDICATOR_VALUES(
      "indicator-values",
      "values",
      new RowReader.Columns(
          List.of("indicator", "period", "value"),
          List.of("numerator", "denominator", "status", "note")),
      "9,2023-04,8.1,,,PROVISIONAL,Taken from the April performance report"),
  ACTION_UPDATES(
      "action-updates",
      "updates",
      new RowReader.Columns(List.of("action"), List.of("rag", "reason", "update", "date")),
      "1.2,AMBER_E,Training delivered to all teams,All five teams trained in April,2023-04-28"),
  CASELOAD_SNAPSHOTS(
      "caseload-snapshots",
      "snapshots",
      new RowReader.Columns(
          List.of(
              "team",
              "month",
              "workerReference",
              "role",
              "employment",
              "fte",
              "childrenAllocated",
              "supervisionsDue",
              "supervisionsInTime"),
          List.of()),
      "IRT,2023-04,SW0412,SOCIAL_WORKER,PERMANENT,1,18,4,3"),
  TEAM_SNAPSHOTS(
      "team-snapshots",
      "snapshots",
      new RowReader.Columns(
          List.of("team", "month", "establishmentFte", "vacantFte", "leaversFte", "agencyFte"),
          List.of()),
      "IRT,2023-04,12.5,2,1,1.5"),
  AUDITS(
      "audits",
      "audits",
      new RowReader.Columns(
          List.of("caseReference", "auditDate", "type", "team", "auditor", "dueDate"),
          List.of("grade", "moderatedGrade", "completedDate", "themes", "learning")),
      "CF-102934,2023-04-03,CASE_FILE,IRT,Sam Okafor (QA Lead),2023-04-14,GOOD,GOOD,2023-04-12,"
          + "Voice of the child;Chronology,The plan is clear and the child's wishes are recorded");

  private final String path;
  private final String jsonArray;
  private final RowReader.Columns columns;
  private final String exampleRow;

  BulkKind(String path, String jsonArray, RowReader.Columns columns, String exampleRow) {
    this.path = path;
    this.jsonArray = jsonArray;
    this.columns = columns;
    this.exampleRow = exampleRow;
  }

  String path() {
    return path;
  }

  String jsonArray() {
    return jsonArray;
  }

  RowReader.Columns columns() {
    return columns;
  }

  /** The CSV template: the header and one example row. */
  String template() {
    return columns.header() + "\r\n" + exampleRow + "\r\n";
  }

  static Optional<BulkKind> ofPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
