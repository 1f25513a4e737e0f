package org.improvementtracker.workforce;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.common.Period;

/** Request and response bodies of the workforce endpoints. */
public final class WorkforceRecords {
  /** A staff reference: 1-4 capital letters then 2-8 digits, e.g. SW0412. Never a name. */
  static final String WORKER_REFERENCE = "[A-Z]{1,4}[0-9]{2,8}";

  private WorkforceRecords() {}

  public record TeamRequest(
      @NotNull
          @Pattern(
              regexp = "[A-Z][A-Z0-9]{1,11}",
              message = "must be 2-12 capital letters or digits, starting with a letter, e.g. IRT")
          String code,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 200) String serviceArea) {}

  public record TeamResponse(Long id, String code, String name, String serviceArea) {}

  /** One worker at a month end. */
  public record CaseloadSnapshotRequest(
      @NotNull Long teamId,
      @NotNull Period month,
      @NotNull
          @Pattern(
              regexp = WORKER_REFERENCE,
              message =
                  "must be a staff reference such as SW0412 (letters then digits), not a name")
          String workerReference,
      @NotNull WorkerRole role,
      @NotNull Employment employment,
      @NotNull
          @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
          @DecimalMax(value = "1", message = "must be at most 1 (full time)")
          @Digits(integer = 1, fraction = 2)
          BigDecimal fte,
      @NotNull @PositiveOrZero @Max(500) Integer childrenAllocated,
      @NotNull @PositiveOrZero @Max(500) Integer supervisionsDue,
      @NotNull @PositiveOrZero @Max(500) Integer supervisionsInTime) {}

  public record CaseloadSnapshotResponse(
      Long id,
      Long teamId,
      String teamCode,
      Period month,
      String workerReference,
      WorkerRole role,
      Employment employment,
      BigDecimal fte,
      int childrenAllocated,
      int supervisionsDue,
      int supervisionsInTime,
      long version) {}

  /** A team at a month end: its posts, how many are vacant, who left in the month. */
  public record TeamSnapshotRequest(
      @NotNull Long teamId,
      @NotNull Period month,
      @NotNull @PositiveOrZero @Digits(integer = 5, fraction = 2) BigDecimal establishmentFte,
      @NotNull @PositiveOrZero @Digits(integer = 5, fraction = 2) BigDecimal vacantFte,
      @NotNull @PositiveOrZero @Digits(integer = 5, fraction = 2) BigDecimal leaversFte,
      @NotNull @PositiveOrZero @Digits(integer = 5, fraction = 2) BigDecimal agencyFte) {}

  public record TeamSnapshotResponse(
      Long id,
      Long teamId,
      String teamCode,
      Period month,
      BigDecimal establishmentFte,
      BigDecimal vacantFte,
      BigDecimal leaversFte,
      BigDecimal agencyFte,
      long version) {}

  /** The month's picture per team. */
  public record WorkforceSummary(Period month, List<TeamSummary> teams) {}

  public record TeamSummary(
      Long teamId,
      String teamCode,
      String teamName,
      int workers,
      @Schema(nullable = true, description = "Children per worker, to one decimal place")
          BigDecimal averageCaseload,
      @Schema(nullable = true) Integer largestCaseload,
      @Schema(description = "Social workers with more than 20 children") int over20,
      @Schema(description = "How many workers carry how many children, in bands of five")
          List<CaseloadBand> distribution,
      int supervisionsDue,
      int supervisionsInTime,
      @Schema(nullable = true, description = "Supervisions held in time, per cent")
          BigDecimal supervisionInTimePercent,
      @Schema(nullable = true, description = "The team's snapshot for the month, if entered")
          TeamSnapshotResponse establishment) {}

  /** Workers carrying from {@code from} to {@code to} children ({@code to} null: or more). */
  public record CaseloadBand(int from, @Schema(nullable = true) Integer to, int workers) {}
}
