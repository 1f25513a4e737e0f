package org.improvementtracker.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Permission;
import org.improvementtracker.common.Problem;
import org.improvementtracker.common.ProblemMappers;

@Path("/api/v1/bulk")
@Tag(
    name = "Bulk updates",
    description =
        "A month of figures in one validated, all-or-nothing, re-runnable call, and undoing it")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.BULK)
public class BulkResource {
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");

  @Inject BulkService uploads;
  @Inject BatchService batches;

  @POST
  @Path("/indicator-values")
  @Consumes({RowReader.CSV, RowReader.JSON, RowReader.XLSX})
  @Operation(
      summary = "Enter or correct many indicator figures at once: all rows or none",
      description =
          "CSV with the header indicator,period,value[,numerator,denominator,status,note], the"
              + " same columns in the first sheet of an .xlsx workbook, or JSON {\"values\": [{"
              + "\"indicator\": 9, \"period\": \"2023-04\", \"value\": 8.1}]}. indicator is the"
              + " indicator's number in the plan. Every row is checked first; any refused row means"
              + " 422 and nothing written. dryRun=true checks and counts without writing.")
  @RequestBody(
      content = {
        @Content(mediaType = RowReader.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = RowReader.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = RowReader.JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "{\"values\": [ … ]}"))
      })
  @APIResponseSchema(value = BulkRecords.BulkResult.class, responseCode = "200")
  @APIResponse(
      responseCode = "422",
      description = "A row refused, warnings not acknowledged, or an Idempotency-Key reused",
      content =
          @Content(
              mediaType = ProblemMappers.PROBLEM_JSON,
              schema = @Schema(implementation = BulkRecords.BulkRefusal.class)))
  public Response indicatorValues(
      InputStream body,
      @QueryParam("plan") @Parameter(description = "The plan's id; needed when there are several")
          Long plan,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("acknowledgeWarnings") @DefaultValue("false") boolean acknowledgeWarnings,
      @HeaderParam("Idempotency-Key")
          @Parameter(description = "Any unique string: a repeat returns the first response")
          String idempotencyKey,
      @HeaderParam("Content-Disposition")
          @Parameter(description = "attachment; filename=\"april.csv\": recorded with the batch")
          String disposition,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength) {
    return upload(
        BulkKind.INDICATOR_VALUES,
        body,
        plan,
        dryRun,
        acknowledgeWarnings,
        idempotencyKey,
        disposition,
        contentType,
        contentLength);
  }

  @POST
  @Path("/action-updates")
  @Consumes({RowReader.CSV, RowReader.JSON, RowReader.XLSX})
  @Operation(
      summary = "Record many actions' RAG ratings and progress updates at once: all rows or none",
      description =
          "CSV with the header action[,rag,reason,update,date], the same columns in the first"
              + " sheet of an .xlsx workbook, or JSON {\"updates\": [{\"action\": \"2.7\","
              + " \"rag\": \"AMBER_E\", \"reason\": \"…\", \"update\": \"…\", \"date\":"
              + " \"2023-04-28\"}]}. action is the action's reference in the plan or its id; a"
              + " new RAG needs its reason; the update is recorded as a progress update (dated"
              + " today when date is empty) and counts as evidence for GREEN. The action's own"
              + " rules apply to every row; any refused row means 422 and nothing written."
              + " created counts rows that recorded an update, updated rows that only changed the"
              + " RAG, unchanged rows that restate the current RAG or an update already recorded.")
  @RequestBody(
      content = {
        @Content(mediaType = RowReader.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = RowReader.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = RowReader.JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "{\"updates\": [ … ]}"))
      })
  @APIResponseSchema(value = BulkRecords.BulkResult.class, responseCode = "200")
  @APIResponse(
      responseCode = "422",
      description = "A row refused or an Idempotency-Key reused",
      content =
          @Content(
              mediaType = ProblemMappers.PROBLEM_JSON,
              schema = @Schema(implementation = BulkRecords.BulkRefusal.class)))
  public Response actionUpdates(
      InputStream body,
      @QueryParam("plan") @Parameter(description = "The plan's id; needed when there are several")
          Long plan,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam("Idempotency-Key")
          @Parameter(description = "Any unique string: a repeat returns the first response")
          String idempotencyKey,
      @HeaderParam("Content-Disposition")
          @Parameter(description = "attachment; filename=\"april.csv\": recorded with the batch")
          String disposition,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength) {
    return upload(
        BulkKind.ACTION_UPDATES,
        body,
        plan,
        dryRun,
        false,
        idempotencyKey,
        disposition,
        contentType,
        contentLength);
  }

  @POST
  @Path("/caseload-snapshots")
  @Consumes({RowReader.CSV, RowReader.JSON, RowReader.XLSX})
  @Operation(
      summary = "Enter or correct a month of workers' caseload snapshots at once: all rows or none",
      description =
          "CSV with the header team,month,workerReference,role,employment,fte,childrenAllocated,"
              + "supervisionsDue,supervisionsInTime, the same columns in the first sheet of an"
              + " .xlsx workbook, or JSON {\"snapshots\": [{\"team\": \"IRT\", \"month\":"
              + " \"2023-04\", …}]}. team is the team's code. Each row is checked as a single"
              + " snapshot is, then creates the worker's snapshot for the month or corrects the one"
              + " entered; the derived workforce indicators are recomputed once for the batch. Any"
              + " refused row means 422 and nothing written.")
  @RequestBody(
      content = {
        @Content(mediaType = RowReader.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = RowReader.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = RowReader.JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "{\"snapshots\": [ … ]}"))
      })
  @APIResponseSchema(value = BulkRecords.BulkResult.class, responseCode = "200")
  @APIResponse(
      responseCode = "422",
      description = "A row refused or an Idempotency-Key reused",
      content =
          @Content(
              mediaType = ProblemMappers.PROBLEM_JSON,
              schema = @Schema(implementation = BulkRecords.BulkRefusal.class)))
  public Response caseloadSnapshots(
      InputStream body,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam("Idempotency-Key")
          @Parameter(description = "Any unique string: a repeat returns the first response")
          String idempotencyKey,
      @HeaderParam("Content-Disposition")
          @Parameter(description = "attachment; filename=\"april.csv\": recorded with the batch")
          String disposition,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength) {
    return upload(
        BulkKind.CASELOAD_SNAPSHOTS,
        body,
        null,
        dryRun,
        false,
        idempotencyKey,
        disposition,
        contentType,
        contentLength);
  }

  @POST
  @Path("/team-snapshots")
  @Consumes({RowReader.CSV, RowReader.JSON, RowReader.XLSX})
  @Operation(
      summary = "Enter or correct a month of team snapshots at once: all rows or none",
      description =
          "CSV with the header team,month,establishmentFte,vacantFte,leaversFte,agencyFte, the"
              + " same columns in the first sheet of an .xlsx workbook, or JSON {\"snapshots\":"
              + " [{\"team\": \"IRT\", \"month\": \"2023-04\", …}]}. team is the team's code."
              + " Each row is checked as a single snapshot is, then creates the team's snapshot for"
              + " the month or corrects the one entered; the derived workforce indicators are"
              + " recomputed once for the batch. Any refused row means 422 and nothing written.")
  @RequestBody(
      content = {
        @Content(mediaType = RowReader.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = RowReader.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = RowReader.JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "{\"snapshots\": [ … ]}"))
      })
  @APIResponseSchema(value = BulkRecords.BulkResult.class, responseCode = "200")
  @APIResponse(
      responseCode = "422",
      description = "A row refused or an Idempotency-Key reused",
      content =
          @Content(
              mediaType = ProblemMappers.PROBLEM_JSON,
              schema = @Schema(implementation = BulkRecords.BulkRefusal.class)))
  public Response teamSnapshots(
      InputStream body,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam("Idempotency-Key")
          @Parameter(description = "Any unique string: a repeat returns the first response")
          String idempotencyKey,
      @HeaderParam("Content-Disposition")
          @Parameter(description = "attachment; filename=\"april.csv\": recorded with the batch")
          String disposition,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength) {
    return upload(
        BulkKind.TEAM_SNAPSHOTS,
        body,
        null,
        dryRun,
        false,
        idempotencyKey,
        disposition,
        contentType,
        contentLength);
  }

  @POST
  @Path("/audits")
  @Consumes({RowReader.CSV, RowReader.JSON, RowReader.XLSX})
  @Operation(
      summary = "Enter or correct a month of case audits at once: all rows or none",
      description =
          "CSV with the header caseReference,auditDate,type,team,auditor,dueDate[,grade,"
              + "moderatedGrade,completedDate,themes,learning], the same columns in the first sheet"
              + " of an .xlsx workbook, or JSON {\"audits\": [{\"caseReference\": \"CF-102934\","
              + " \"auditDate\": \"2023-04-03\", \"type\": \"CASE_FILE\", \"team\": \"IRT\", …}]}."
              + " team is the team's code; dates are YYYY-MM-DD; themes are separated by"
              + " semicolons (a JSON array in JSON). Each row is checked as POST /audits checks an"
              + " audit. An audit is identified by its case reference, audit date and type: a row"
              + " that identifies no audit creates one (created), a row that identifies one"
              + " corrects its team, auditor, grades, dates, themes and learning (updated) or"
              + " restates them (unchanged); a row matching two audits entered by hand is refused."
              + " Recommendations are recorded on the audit, not in the upload. Indicators 55-58"
              + " are recomputed once for the batch. Any refused row means 422 and nothing"
              + " written.")
  @RequestBody(
      content = {
        @Content(mediaType = RowReader.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = RowReader.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = RowReader.JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "{\"audits\": [ … ]}"))
      })
  @APIResponseSchema(value = BulkRecords.BulkResult.class, responseCode = "200")
  @APIResponse(
      responseCode = "422",
      description = "A row refused or an Idempotency-Key reused",
      content =
          @Content(
              mediaType = ProblemMappers.PROBLEM_JSON,
              schema = @Schema(implementation = BulkRecords.BulkRefusal.class)))
  public Response audits(
      InputStream body,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam("Idempotency-Key")
          @Parameter(description = "Any unique string: a repeat returns the first response")
          String idempotencyKey,
      @HeaderParam("Content-Disposition")
          @Parameter(description = "attachment; filename=\"april.csv\": recorded with the batch")
          String disposition,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength) {
    return upload(
        BulkKind.AUDITS,
        body,
        null,
        dryRun,
        false,
        idempotencyKey,
        disposition,
        contentType,
        contentLength);
  }

  @GET
  @Path("/batches")
  @Operation(summary = "List applied uploads, newest first")
  public Page<BulkRecords.BatchResponse> list(
      @QueryParam("kind") @Parameter(description = "e.g. indicator-values") String kind,
      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return batches.list(kind, new PageRequest(page, size));
  }

  @GET
  @Path("/batches/{id}")
  @Operation(summary = "Get one applied upload: who, when, which file, what it did")
  public BulkRecords.BatchResponse get(@PathParam("id") Long id) {
    return batches.get(id);
  }

  @POST
  @Path("/batches/{id}/revert")
  @Operation(
      summary = "Undo an upload: every figure it created or changed goes back",
      description = "409, naming them, when figures of the batch have changed since")
  public BulkRecords.BatchResponse revert(@PathParam("id") Long id) {
    return batches.revert(id);
  }

  @GET
  @Path("/templates/{kind}.csv")
  @Produces({RowReader.CSV, MediaType.APPLICATION_JSON})
  @Operation(summary = "A CSV template of one kind of upload: its header and an example row")
  public Response template(
      @PathParam("kind") @Parameter(description = "e.g. indicator-values") String kind) {
    BulkKind found =
        BulkKind.ofPath(kind).orElseThrow(() -> new NotFoundException("Template", kind));
    return Response.ok(found.template(), RowReader.CSV)
        .header("Content-Disposition", "attachment; filename=\"" + found.path() + ".csv\"")
        .build();
  }

  private Response upload(
      BulkKind kind,
      InputStream body,
      Long plan,
      boolean dryRun,
      boolean acknowledgeWarnings,
      String idempotencyKey,
      String disposition,
      String contentType,
      Long contentLength) {
    return respond(
        uploads.upload(
            kind,
            body,
            new BulkService.Options(
                dryRun,
                acknowledgeWarnings,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim(),
                fileName(disposition),
                plan,
                contentType,
                contentLength == null ? -1 : contentLength)));
  }

  private static Response respond(BulkService.Outcome outcome) {
    if (outcome instanceof BulkService.Done done) {
      return Response.ok(done.result()).build();
    }
    if (outcome instanceof BulkService.Replayed replayed) {
      return Response.ok(replayed.response()).header("Idempotent-Replayed", "true").build();
    }
    Object problem =
        outcome instanceof BulkService.Refused refused
            ? refused.refusal()
            : new Problem(
                BulkProblems.KEY_REUSED,
                "Idempotency-Key already used",
                422,
                ((BulkService.KeyReused) outcome).detail(),
                null,
                null);
    return Response.status(422).type(ProblemMappers.PROBLEM_JSON).entity(problem).build();
  }

  private static String fileName(String disposition) {
    if (disposition == null) {
      return null;
    }
    Matcher matcher = FILE_NAME.matcher(disposition);
    return matcher.find() ? matcher.group(1).trim() : null;
  }
}
