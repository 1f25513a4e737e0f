package org.improvementtracker.caseaudit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the case audit endpoints. */
public final class CaseAuditRecords {
  /**
   * A case reference: 4-20 capital letters, digits, "-" or "/", with at least four digits (e.g.
   * CF-102934, LCS/2023/0042). A name does not fit, and neither does a date (a date of birth).
   */
  static final String CASE_REFERENCE =
      "(?![0-9]{1,2}[/-][0-9]{1,2}[/-][0-9]{2,4}$)(?![0-9]{4}-[0-9]{2}-[0-9]{2}$)"
          + "(?=(?:[^0-9]*[0-9]){4})[A-Z0-9][A-Z0-9/-]{3,19}";

  private CaseAuditRecords() {}

  public record CaseAuditRequest(
      @NotNull LocalDate auditDate,
      @NotNull Long teamId,
      @NotBlank @Size(max = 200) String auditor,
      @NotNull AuditType type,
      @NotNull
          @Pattern(
              regexp = CASE_REFERENCE,
              message =
                  "must be a case reference such as CF-102934 (capital letters, digits, - or /,"
                      + " with at least 4 digits), never a name or other personal data")
          String caseReference,
      @Schema(nullable = true) Grade grade,
      @Schema(nullable = true, description = "After moderation; needs a grade first")
          Grade moderatedGrade,
      @NotNull LocalDate dueDate,
      @Schema(nullable = true) LocalDate completedDate,
      @Size(max = 20) List<@NotBlank @Size(max = 100) String> themes,
      @Size(max = 10000) String learning) {}

  public record CaseAuditResponse(
      Long id,
      LocalDate auditDate,
      Long teamId,
      String teamCode,
      String teamName,
      String auditor,
      AuditType type,
      String caseReference,
      @Schema(nullable = true) Grade grade,
      @Schema(nullable = true) Grade moderatedGrade,
      LocalDate dueDate,
      @Schema(nullable = true) LocalDate completedDate,
      @Schema(nullable = true, description = "Completed by the due date; null until completed")
          Boolean completedWithinTimescale,
      List<String> themes,
      @Schema(nullable = true) String learning,
      int openRecommendations,
      int overdueRecommendations,
      long version) {}

  public record RecommendationRequest(
      @NotBlank @Size(max = 2000) String text,
      @NotBlank @Size(max = 200) String owner,
      @NotNull LocalDate dueDate,
      @Schema(description = "OPEN when omitted") RecommendationStatus status,
      @Size(max = 2000) @Schema(description = "Needed to mark it DONE") String completionNote) {}

  public record RecommendationResponse(
      Long id,
      Long auditId,
      String caseReference,
      String teamCode,
      String text,
      String owner,
      LocalDate dueDate,
      RecommendationStatus status,
      @Schema(nullable = true) String completionNote,
      boolean overdue,
      long version) {}
}
