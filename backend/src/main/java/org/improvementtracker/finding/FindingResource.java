package org.improvementtracker.finding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.Permission;

@Path("/api/v1/findings")
@Tag(name = "Findings", description = "Inspection findings and the actions that answer them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class FindingResource {

  @Inject FindingService service;

  @GET
  @Operation(summary = "Coverage: every finding with the actions answering it")
  public List<FindingResponse> list(
      @QueryParam("plan") Long plan,
      @QueryParam("answered")
          @Parameter(description = "false lists only the findings no current action answers")
          Boolean answered) {
    return service.coverage(plan, answered);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one finding with its answering actions")
  public FindingResponse get(@PathParam("id") Long id) {
    return service.get(id);
  }

  @POST
  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @Operation(summary = "Add a finding: a paragraph or named area of an inspection letter")
  @APIResponseSchema(value = FindingResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull FindingRequest body, @Context UriInfo uri) {
    FindingResponse created = service.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @Path("/{id}")
  @Operation(summary = "Edit a finding's summary and whether it is a priority action")
  public FindingResponse update(
      @PathParam("id") Long id, @Valid @NotNull FindingUpdateRequest body) {
    return service.update(id, body);
  }
}
