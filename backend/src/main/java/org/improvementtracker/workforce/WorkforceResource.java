package org.improvementtracker.workforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.Permission;

@Path("/api/v1")
@Tag(name = "Workforce", description = "Teams, month-end caseload and team snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class WorkforceResource {
  private static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject WorkforceService service;
  @Inject WorkforceSummaries summaries;

  @GET
  @Path("/teams")
  @Operation(summary = "List the teams, by name")
  public List<WorkforceRecords.TeamResponse> teams() {
    return service.teams();
  }

  @POST
  @Path("/teams")
  @RolesAllowed(Permission.Names.WORKFORCE_WRITE)
  @Operation(summary = "Add a team")
  @APIResponseSchema(value = WorkforceRecords.TeamResponse.class, responseCode = "201")
  public Response createTeam(@Valid @NotNull WorkforceRecords.TeamRequest body, UriInfo uri) {
    WorkforceRecords.TeamResponse created = service.createTeam(body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/caseload-snapshots")
  @Operation(summary = "List workers' month-end caseload snapshots, newest month first")
  public Page<WorkforceRecords.CaseloadSnapshotResponse> caseloads(
      @QueryParam("team") @Parameter(description = "Team id") Long team,
      @QueryParam("month") Period month,
      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return service.caseloads(team, month, new PageRequest(page, size));
  }

  @POST
  @Path("/caseload-snapshots")
  @RolesAllowed(Permission.Names.WORKFORCE_WRITE)
  @Operation(summary = "Record a worker's month end; indicators 59-65 are recomputed")
  @APIResponseSchema(value = WorkforceRecords.CaseloadSnapshotResponse.class, responseCode = "201")
  public Response createCaseload(
      @Valid @NotNull WorkforceRecords.CaseloadSnapshotRequest body, UriInfo uri) {
    WorkforceRecords.CaseloadSnapshotResponse created = service.createCaseload(body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .header(HttpHeaders.ETAG, ETags.of(created.version()))
        .build();
  }

  @GET
  @Path("/caseload-snapshots/{id}")
  @Operation(summary = "Get one caseload snapshot, with its ETag")
  @APIResponseSchema(value = WorkforceRecords.CaseloadSnapshotResponse.class, responseCode = "200")
  public Response caseload(@PathParam("id") Long id) {
    WorkforceRecords.CaseloadSnapshotResponse found = service.caseload(id);
    return Response.ok(found).header(HttpHeaders.ETAG, ETags.of(found.version())).build();
  }

  @PATCH
  @Path("/caseload-snapshots/{id}")
  @RolesAllowed(Permission.Names.WORKFORCE_WRITE)
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(summary = "Correct a caseload snapshot, JSON Merge Patch (If-Match required)")
  @APIResponseSchema(value = WorkforceRecords.CaseloadSnapshotResponse.class, responseCode = "200")
  public Response patchCaseload(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Schema(description = "Any of the fields of CaseloadSnapshotRequest") JsonNode body)
      throws JsonProcessingException {
    WorkforceRecords.CaseloadSnapshotResponse changed = service.patchCaseload(id, ifMatch, body);
    return Response.ok(changed).header(HttpHeaders.ETAG, ETags.of(changed.version())).build();
  }

  @DELETE
  @Path("/caseload-snapshots/{id}")
  @RolesAllowed(Permission.Names.WORKFORCE_WRITE)
  @Operation(summary = "Delete a caseload snapshot entered in error (If-Match required)")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response deleteCaseload(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    service.deleteCaseload(id, ifMatch);
    return Response.noContent().build();
  }

  @GET
  @Path("/team-snapshots")
  @Operation(summary = "List teams' month-end establishment snapshots, newest month first")
  public Page<WorkforceRecords.TeamSnapshotResponse> teamSnapshots(
      @QueryParam("team") @Parameter(description = "Team id") Long team,
      @QueryParam("month") Period month,
      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return service.teamSnapshots(team, month, new PageRequest(page, size));
  }

  @POST
  @Path("/team-snapshots")
  @RolesAllowed(Permission.Names.WORKFORCE_WRITE)
  @Operation(summary = "Record a team's month end; indicators 66-67 are recomputed")
  @APIResponseSchema(value = WorkforceRecords.TeamSnapshotResponse.class, responseCode = "201")
  public Response createTeamSnapshot(
      @Valid @NotNull WorkforceRecords.TeamSnapshotRequest body, UriInfo uri) {
    WorkforceRecords.TeamSnapshotResponse created = service.createTeamSnapshot(body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .header(HttpHeaders.ETAG, ETags.of(created.version()))
        .build();
  }

  @GET
  @Path("/team-snapshots/{id}")
  @Operation(summary = "Get one team snapshot, with its ETag")
  @APIResponseSchema(value = WorkforceRecords.TeamSnapshotResponse.class, responseCode = "200")
  public Response teamSnapshot(@PathParam("id") Long id) {
    WorkforceRecords.TeamSnapshotResponse found = service.teamSnapshot(id);
    return Response.ok(found).header(HttpHeaders.ETAG, ETags.of(found.version())).build();
  }

  @PATCH
  @Path("/team-snapshots/{id}")
  @RolesAllowed(Permission.Names.WORKFORCE_WRITE)
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(summary = "Correct a team snapshot, JSON Merge Patch (If-Match required)")
  @APIResponseSchema(value = WorkforceRecords.TeamSnapshotResponse.class, responseCode = "200")
  public Response patchTeamSnapshot(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Schema(description = "Any of the fields of TeamSnapshotRequest") JsonNode body)
      throws JsonProcessingException {
    WorkforceRecords.TeamSnapshotResponse changed = service.patchTeamSnapshot(id, ifMatch, body);
    return Response.ok(changed).header(HttpHeaders.ETAG, ETags.of(changed.version())).build();
  }

  @DELETE
  @Path("/team-snapshots/{id}")
  @RolesAllowed(Permission.Names.WORKFORCE_WRITE)
  @Operation(summary = "Delete a team snapshot entered in error (If-Match required)")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response deleteTeamSnapshot(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    service.deleteTeamSnapshot(id, ifMatch);
    return Response.noContent().build();
  }

  @GET
  @Path("/workforce/summary")
  @Operation(summary = "A month's caseloads, their spread and supervision timeliness per team")
  public WorkforceRecords.WorkforceSummary summary(@QueryParam("month") @NotNull Period month) {
    return summaries.summary(month);
  }
}
