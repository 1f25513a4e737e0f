package org.improvementtracker.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.common.Period;
import org.improvementtracker.plan.Rag;

/** Request and response bodies of the indicator endpoints. */
public final class IndicatorRecords {
  private IndicatorRecords() {}

  public record TargetBody(
      @NotNull Target.Kind kind,
      @Schema(description = "Required for NUMERIC, absent for MONITOR and TBC") BigDecimal value,
      @Size(max = 100) @Schema(examples = "England") String comparator) {}

  /** An indicator's definition, for create (POST) and replace (PUT). */
  public record IndicatorRequest(
      @NotNull Long planId,
      @Schema(description = "The priority the indicator evidences") Long priorityId,
      @NotNull @Min(1) @Max(9999) Integer number,
      @NotBlank @Size(max = 500) String name,
      @NotBlank @Size(max = 200) String area,
      @Size(max = 200) String areaNote,
      @NotNull Unit unit,
      @NotNull Basis basis,
      @NotNull Polarity polarity,
      @NotNull @Valid TargetBody target,
      @Pattern(regexp = "MTFP \\d{1,2}", message = "must be written like MTFP 7") String mtfp,
      @Size(max = 5)
          List<@NotNull @Pattern(regexp = "NEW|R12M", message = "must be NEW or R12M") String>
              flags,
      @Size(max = 500)
          @Schema(
              description = "Why there are no figures yet, e.g. \"Report development required\"")
          String dataStatus) {}

  public record LatestValue(Period period, BigDecimal value, ValueStatus status) {}

  public record LinkedAction(
      Long id, String ref, String action, @Schema(nullable = true) Rag effectiveRag) {}

  public record IndicatorResponse(
      Long id,
      Long planId,
      @Schema(nullable = true) Long priorityId,
      @Schema(nullable = true) Integer priorityNumber,
      int number,
      String name,
      String area,
      @Schema(nullable = true) String areaNote,
      Unit unit,
      Basis basis,
      Polarity polarity,
      TargetBody target,
      @Schema(nullable = true) String mtfp,
      List<String> flags,
      @Schema(nullable = true) String dataStatus,
      @Schema(nullable = true) LatestValue latest,
      Direction direction,
      TargetStatus targetStatus,
      @Schema(nullable = true, description = "Latest figure minus target, in the indicator's unit")
          BigDecimal distanceToTarget,
      @Schema(
              nullable = true,
              description = "Set when the figures are computed from records, which are named here")
          String derivation,
      @Schema(nullable = true, description = "How a derived indicator's figures are computed")
          String formula,
      @Schema(description = "Actions whose impact this indicator measures")
          List<LinkedAction> actions,
      long version,
      OffsetDateTime updatedAt) {}

  public record ValueRequest(
      @Schema(description = "Optional when numerator and denominator are given") BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      @NotNull ValueStatus status,
      @Size(max = 2000)
          @Schema(
              description = "Why the figure is corrected; required when it corrects a FINAL figure",
              nullable = true)
          String reason) {}

  public record UnavailableRequest(
      @NotBlank
          @Size(max = 2000)
          @Schema(
              description =
                  "Why there is no figure this month, e.g. \"Case management system migration:"
                      + " report not run\"")
          String reason) {}

  public record UnavailableResponse(
      Period period,
      String reason,
      String recordedBy,
      OffsetDateTime recordedAt,
      @Schema(description = "Send it as If-Match to change the reason or remove the record")
          long version) {}

  public record ValueResponse(
      Period period,
      BigDecimal value,
      @Schema(nullable = true) BigDecimal numerator,
      @Schema(nullable = true) BigDecimal denominator,
      ValueStatus status,
      String enteredBy,
      OffsetDateTime enteredAt,
      @Schema(description = "How many times this figure has been corrected") int revisions,
      @Schema(description = "The figure's version: send it as If-Match to correct it")
          long version) {}

  public record RevisionResponse(
      Long id,
      BigDecimal oldValue,
      BigDecimal newValue,
      @Schema(nullable = true) BigDecimal oldNumerator,
      @Schema(nullable = true) BigDecimal newNumerator,
      @Schema(nullable = true) BigDecimal oldDenominator,
      @Schema(nullable = true) BigDecimal newDenominator,
      ValueStatus oldStatus,
      ValueStatus newStatus,
      @Schema(nullable = true, description = "Why the figure was corrected") String reason,
      String changedBy,
      OffsetDateTime changedAt,
      @Schema(nullable = true, description = "The bulk upload that made this change, if one did")
          Long batchId) {}

  public record BenchmarkBody(
      @NotBlank @Size(max = 100) @Schema(examples = "England") String comparator,
      @NotNull
          @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
              examples = "2023-03")
          Period period,
      @NotNull BigDecimal value) {}

  /** A derived indicator's formula and its figure per month with the records behind it. */
  public record DerivationResponse(
      String derivation, String formula, String source, List<DerivedMonth> months) {}

  public record DerivedMonth(
      Period period,
      BigDecimal value,
      BigDecimal numerator,
      @Schema(nullable = true, description = "Absent for a count") BigDecimal denominator,
      List<DerivedFigures.RecordLink> records) {}
}
