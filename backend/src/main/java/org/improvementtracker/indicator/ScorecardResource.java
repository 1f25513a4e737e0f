package org.improvementtracker.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.Permission;

@Path("/api/v1/scorecard")
@Tag(name = "Indicators")
@RolesAllowed(Permission.Names.PLAN_READ)
public class ScorecardResource {
  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ScorecardService service;
  @Inject IndicatorFigures figures;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
  @Operation(summary = "The indicators of success table: areas, months, target, direction, status")
  @APIResponse(
      responseCode = "200",
      description =
          "The scorecard; as CSV (UTF-8 with BOM, for Excel) with Accept: text/csv or format=csv;"
              + " as an Excel workbook with format=xlsx",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScorecardRecords.Scorecard.class)),
        @Content(
            mediaType = CSV,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
        @Content(
            mediaType = XLSX,
            schema =
                @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))
      })
  public Response scorecard(
      @QueryParam("plan") Long plan,
      @QueryParam("months") @DefaultValue("6") @Min(1) @Max(ScorecardService.MAX_MONTHS) int months,
      @QueryParam("to")
          @Parameter(description = "Last month shown; by default the latest with figures")
          Period to,
      @QueryParam("format") @Parameter(description = "json (default), csv or xlsx") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    String wanted = format(format, accept);
    ScorecardRecords.Scorecard scorecard =
        service.build(plan, months, figures.notInFuture("to", to));
    return switch (wanted) {
      case "csv" ->
          Response.ok(ScorecardCsv.write(scorecard), CSV + "; charset=UTF-8")
              .header("Content-Disposition", attachment(service.fileName(scorecard, "csv")))
              .build();
      case "xlsx" ->
          Response.ok(ScorecardXlsx.write(scorecard), XLSX)
              .header("Content-Disposition", attachment(service.fileName(scorecard, "xlsx")))
              .build();
      default -> Response.ok(scorecard, MediaType.APPLICATION_JSON).build();
    };
  }

  private static String attachment(String fileName) {
    return "attachment; filename=\"" + fileName + "\"";
  }

  private static String format(String format, String accept) {
    if (format != null && !format.isBlank()) {
      String named = format.trim().toLowerCase(java.util.Locale.ROOT);
      if (!List.of("json", "csv", "xlsx").contains(named)) {
        throw new InvalidInputException("format", "must be json, csv or xlsx");
      }
      return named;
    }
    if (accept != null && !accept.contains(MediaType.APPLICATION_JSON)) {
      if (accept.contains(XLSX)) {
        return "xlsx";
      }
      if (accept.contains(CSV)) {
        return "csv";
      }
    }
    return "json";
  }
}
