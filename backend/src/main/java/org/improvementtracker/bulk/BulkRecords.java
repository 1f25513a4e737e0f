package org.improvementtracker.bulk;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and responses of bulk uploads. */
public final class BulkRecords {
  private BulkRecords() {}

  @Schema(description = "A problem with one row of an upload: a refusal or a warning")
  public record RowProblem(
      @Schema(description = "The line of the file (CSV, Excel row) or position in the JSON array")
          int line,
      @Schema(nullable = true, description = "The column, when one cell is at fault") String column,
      @Schema(nullable = true, description = "The cell's value as sent") String value,
      String reason) {}

  @Schema(
      description =
          "What an upload does (dry run) or did: the same body either way, and the body of the"
              + " 422 problem when a row is refused or a warning is not acknowledged")
  public record BulkResult(
      @Schema(examples = "indicator-values") String kind,
      @Schema(nullable = true, description = "The applied batch; null on a dry run or refusal")
          Long batchId,
      int created,
      int updated,
      int unchanged,
      @Schema(description = "Rows refused: when not 0, nothing is written") int rejected,
      @Schema(description = "Rows with a warning") int warned,
      @Schema(description = "The refused rows' problems (the first 1,000)") List<RowProblem> errors,
      @Schema(description = "The warnings (the first 1,000)") List<RowProblem> warnings) {

    BulkResult withBatch(Long id) {
      return new BulkResult(
          kind, id, created, updated, unchanged, rejected, warned, errors, warnings);
    }
  }

  @Schema(description = "A refused upload: an RFC 9457 problem carrying the upload's result")
  public record BulkRefusal(
      String type,
      String title,
      int status,
      String detail,
      String kind,
      @Schema(nullable = true) Long batchId,
      int created,
      int updated,
      int unchanged,
      int rejected,
      int warned,
      List<RowProblem> errors,
      List<RowProblem> warnings) {

    static BulkRefusal of(String type, String title, String detail, BulkResult r) {
      return new BulkRefusal(
          type,
          title,
          422,
          detail,
          r.kind(),
          r.batchId(),
          r.created(),
          r.updated(),
          r.unchanged(),
          r.rejected(),
          r.warned(),
          r.errors(),
          r.warnings());
    }
  }

  @Schema(description = "An applied upload: who sent which file, when, and what it did")
  public record BatchResponse(
      Long id,
      @Schema(examples = "indicator-values") String kind,
      @Schema(nullable = true, description = "The uploaded file's name, when it was given")
          String sourceName,
      String createdBy,
      OffsetDateTime createdAt,
      int created,
      int updated,
      int unchanged,
      int warned,
      @Schema(nullable = true) OffsetDateTime revertedAt,
      @Schema(nullable = true) String revertedBy) {}
}
