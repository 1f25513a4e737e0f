package org.improvementtracker.caseaudit;

import java.time.LocalDate;

/** Turns the case audit feature's entities into the records the API sends, in one place. */
public final class CaseAuditMapper {
  private CaseAuditMapper() {}

  public static CaseAuditRecords.CaseAuditResponse toResponse(CaseAudit a, LocalDate today) {
    return new CaseAuditRecords.CaseAuditResponse(
        a.getId(),
        a.getAuditDate(),
        a.getTeam().getId(),
        a.getTeam().getCode(),
        a.getTeam().getName(),
        a.getAuditor(),
        a.getType(),
        a.getCaseReference(),
        a.getGrade(),
        a.getModeratedGrade(),
        a.getDueDate(),
        a.getCompletedDate(),
        a.completedWithinTimescale(),
        a.getThemes(),
        a.getLearning(),
        (int)
            a.getRecommendations().stream()
                .filter(r -> r.getStatus() == RecommendationStatus.OPEN)
                .count(),
        (int) a.getRecommendations().stream().filter(r -> r.isOverdue(today)).count(),
        a.getVersion());
  }

  /** The audit as a request body: what a merge patch is applied to. */
  public static CaseAuditRecords.CaseAuditRequest request(CaseAudit a) {
    return new CaseAuditRecords.CaseAuditRequest(
        a.getAuditDate(),
        a.getTeam().getId(),
        a.getAuditor(),
        a.getType(),
        a.getCaseReference(),
        a.getGrade(),
        a.getModeratedGrade(),
        a.getDueDate(),
        a.getCompletedDate(),
        a.getThemes(),
        a.getLearning());
  }

  static CaseAudit.Details details(CaseAuditRecords.CaseAuditRequest r) {
    return new CaseAudit.Details(
        r.auditDate(),
        r.auditor(),
        r.type(),
        r.caseReference(),
        r.grade(),
        r.moderatedGrade(),
        r.dueDate(),
        r.completedDate(),
        r.themes(),
        r.learning());
  }

  static CaseAuditRecords.RecommendationResponse recommendation(
      AuditRecommendation r, LocalDate today) {
    return new CaseAuditRecords.RecommendationResponse(
        r.getId(),
        r.getAudit().getId(),
        r.getAudit().getCaseReference(),
        r.getAudit().getTeam().getCode(),
        r.getText(),
        r.getOwner(),
        r.getDueDate(),
        r.getStatus(),
        r.getCompletionNote(),
        r.isOverdue(today),
        r.getVersion());
  }

  static CaseAuditRecords.RecommendationRequest request(AuditRecommendation r) {
    return new CaseAuditRecords.RecommendationRequest(
        r.getText(), r.getOwner(), r.getDueDate(), r.getStatus(), r.getCompletionNote());
  }

  static AuditRecommendation.Details details(CaseAuditRecords.RecommendationRequest r) {
    return new AuditRecommendation.Details(
        r.text(), r.owner(), r.dueDate(), r.status(), r.completionNote());
  }
}
