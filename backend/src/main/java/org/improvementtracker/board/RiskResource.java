package org.improvementtracker.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Permission;

@Path("/api/v1/risks")
@Tag(name = "Boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_EDIT)
public class RiskResource {

  @Inject RiskService service;

  @GET
  @Operation(summary = "The risks raised for a meeting's highlight report, highest score first")
  public List<BoardRecords.RiskResponse> list(@QueryParam("meeting") Long meeting) {
    if (meeting == null) {
      throw new InvalidInputException("meeting", "name the meeting whose risks to list");
    }
    return service.list(meeting);
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @POST
  @Operation(summary = "Raise a risk for a meeting's highlight report")
  @APIResponseSchema(value = BoardRecords.RiskResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull BoardRecords.RiskRequest body) {
    BoardRecords.RiskResponse created = service.create(body);
    return Responses.created(created, created.version());
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace a risk (If-Match required)")
  @APIResponseSchema(value = BoardRecords.RiskResponse.class, responseCode = "200")
  public Response replace(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull BoardRecords.RiskRequest body) {
    BoardRecords.RiskResponse revised = service.replace(id, ifMatch, body);
    return Responses.ok(revised, revised.version());
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @DELETE
  @Path("/{id}")
  @Operation(summary = "Remove a risk")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response delete(@PathParam("id") Long id) {
    service.delete(id);
    return Response.noContent().build();
  }
}
