package org.improvementtracker.demo;

import java.time.LocalDate;
import java.util.List;
import org.improvementtracker.caseaudit.AuditType;
import org.improvementtracker.caseaudit.Grade;
import org.improvementtracker.caseaudit.RecommendationStatus;

/**
 * The shapes of {@code demo/workforce.json} (teams, and month-end snapshots as rows of the named
 * columns) and {@code demo/audits.json} (case audits with their recommendations).
 */
final class DemoRecords {
  private DemoRecords() {}

  record Workforce(
      List<TeamData> teams,
      List<String> caseloadColumns,
      List<List<String>> caseloads,
      List<String> teamSnapshotColumns,
      List<List<String>> teamSnapshots) {}

  record TeamData(String code, String name, String serviceArea) {}

  record Audits(List<AuditData> audits) {}

  record AuditData(
      LocalDate auditDate,
      String team,
      String auditor,
      AuditType type,
      String caseReference,
      Grade grade,
      Grade moderatedGrade,
      LocalDate dueDate,
      LocalDate completedDate,
      List<String> themes,
      String learning,
      List<RecommendationData> recommendations) {}

  record RecommendationData(
      String text,
      String owner,
      LocalDate dueDate,
      RecommendationStatus status,
      String completionNote) {}
}
