package org.improvementtracker.caseaudit;

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
@Tag(name = "Case audits", description = "Case audits, their grades and recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class CaseAuditResource {
  private static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject CaseAuditService service;

  @GET
  @Path("/audits")
  @Operation(summary = "List case audits, newest first, filtered and paged")
  public Page<CaseAuditRecords.CaseAuditResponse> list(
      @QueryParam("team") @Parameter(description = "Team id") Long team,
      @QueryParam("type") AuditType type,
      @QueryParam("grade") Grade grade,
      @QueryParam("month") @Parameter(description = "The month of the audit date") Period month,
      @QueryParam("auditor") @Parameter(description = "Part of the auditor's name, any case")
          String auditor,
      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return service.search(
        new CaseAuditService.Query(
            team, type, grade, month, auditor == null || auditor.isBlank() ? null : auditor.trim()),
        new PageRequest(page, size));
  }

  @POST
  @Path("/audits")
  @RolesAllowed(Permission.Names.AUDITS_WRITE)
  @Operation(summary = "Record a case audit; indicators 55-58 are recomputed")
  @APIResponseSchema(value = CaseAuditRecords.CaseAuditResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull CaseAuditRecords.CaseAuditRequest body, UriInfo uri) {
    CaseAuditRecords.CaseAuditResponse created = service.create(body);
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()),
        created);
  }

  @GET
  @Path("/audits/{id}")
  @Operation(summary = "Get one case audit, with its ETag")
  @APIResponseSchema(value = CaseAuditRecords.CaseAuditResponse.class, responseCode = "200")
  public Response get(@PathParam("id") Long id) {
    return withETag(Response.ok(), service.get(id));
  }

  @PATCH
  @Path("/audits/{id}")
  @RolesAllowed(Permission.Names.AUDITS_WRITE)
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(summary = "Change some of an audit's fields, JSON Merge Patch (If-Match required)")
  @APIResponseSchema(value = CaseAuditRecords.CaseAuditResponse.class, responseCode = "200")
  public Response patch(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Schema(description = "Any of the fields of CaseAuditRequest; null removes one")
          JsonNode body)
      throws JsonProcessingException {
    return withETag(Response.ok(), service.patch(id, ifMatch, body));
  }

  @DELETE
  @Path("/audits/{id}")
  @RolesAllowed(Permission.Names.AUDITS_WRITE)
  @Operation(summary = "Delete an audit entered in error, with its recommendations (If-Match)")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response delete(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    service.delete(id, ifMatch);
    return Response.noContent().build();
  }

  @GET
  @Path("/audits/{id}/recommendations")
  @Operation(summary = "The audit's recommendations, earliest due first")
  public List<CaseAuditRecords.RecommendationResponse> recommendations(@PathParam("id") Long id) {
    return service.recommendations(id);
  }

  @POST
  @Path("/audits/{id}/recommendations")
  @RolesAllowed(Permission.Names.AUDITS_WRITE)
  @Operation(summary = "Add a recommendation to an audit")
  @APIResponseSchema(value = CaseAuditRecords.RecommendationResponse.class, responseCode = "201")
  public Response recommend(
      @PathParam("id") Long id, @Valid @NotNull CaseAuditRecords.RecommendationRequest body) {
    CaseAuditRecords.RecommendationResponse created = service.recommend(id, body);
    return Response.status(Response.Status.CREATED)
        .entity(created)
        .header(HttpHeaders.ETAG, ETags.of(created.version()))
        .build();
  }

  @PATCH
  @Path("/audits/{id}/recommendations/{rid}")
  @RolesAllowed(Permission.Names.AUDITS_WRITE)
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(summary = "Update a recommendation (status, note…), JSON Merge Patch (If-Match)")
  @APIResponseSchema(value = CaseAuditRecords.RecommendationResponse.class, responseCode = "200")
  public Response patchRecommendation(
      @PathParam("id") Long id,
      @PathParam("rid") Long rid,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Schema(description = "Any of the fields of RecommendationRequest") JsonNode body)
      throws JsonProcessingException {
    CaseAuditRecords.RecommendationResponse changed =
        service.patchRecommendation(id, rid, ifMatch, body);
    return Response.ok(changed).header(HttpHeaders.ETAG, ETags.of(changed.version())).build();
  }

  @GET
  @Path("/audit-recommendations")
  @Operation(summary = "Recommendations across all audits, earliest due first")
  public List<CaseAuditRecords.RecommendationResponse> allRecommendations(
      @QueryParam("overdue")
          @DefaultValue("false")
          @Parameter(description = "true: only open ones past their due date")
          boolean overdue) {
    return service.allRecommendations(overdue);
  }

  private static Response withETag(
      Response.ResponseBuilder builder, CaseAuditRecords.CaseAuditResponse audit) {
    return builder.entity(audit).header(HttpHeaders.ETAG, ETags.of(audit.version())).build();
  }
}
