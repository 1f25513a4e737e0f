package org.improvementtracker.board;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.Permission;

@Path("/api/v1/boards")
@Tag(name = "Boards", description = "The boards that hold the plan to account, and their meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class BoardResource {

  @Inject BoardService service;

  @GET
  @Operation(summary = "List the boards, with each one's next meeting")
  public List<BoardRecords.BoardResponse> list(@QueryParam("plan") Long plan) {
    return service.list(plan);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one board, with its ETag")
  @APIResponseSchema(value = BoardRecords.BoardResponse.class, responseCode = "200")
  public Response get(@PathParam("id") Long id) {
    BoardRecords.BoardResponse found = service.get(id);
    return Responses.ok(found, found.version());
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @POST
  @Operation(summary = "Add a board")
  @APIResponseSchema(value = BoardRecords.BoardResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull BoardRecords.BoardRequest body, UriInfo uri) {
    BoardRecords.BoardResponse created = service.create(body);
    return Responses.created(uri, created.id(), created, created.version());
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace a board's fields (If-Match required)")
  @APIResponseSchema(value = BoardRecords.BoardResponse.class, responseCode = "200")
  public Response replace(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull BoardRecords.BoardRequest body) {
    BoardRecords.BoardResponse replaced = service.replace(id, ifMatch, body);
    return Responses.ok(replaced, replaced.version());
  }
}
