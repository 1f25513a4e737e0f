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

@Path("/api/v1/meetings")
@Tag(name = "Boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class MeetingResource {

  @Inject MeetingService service;

  @GET
  @Operation(summary = "List meetings, oldest first")
  public List<BoardRecords.MeetingResponse> list(
      @QueryParam("board") Long board, @QueryParam("status") Meeting.Status status) {
    return service.list(board, status);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one meeting, with its ETag")
  @APIResponseSchema(value = BoardRecords.MeetingResponse.class, responseCode = "200")
  public Response get(@PathParam("id") Long id) {
    BoardRecords.MeetingResponse found = service.get(id);
    return Responses.ok(found, found.version());
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @POST
  @Operation(summary = "Plan or record a meeting of a board")
  @APIResponseSchema(value = BoardRecords.MeetingResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull BoardRecords.MeetingRequest body, UriInfo uri) {
    BoardRecords.MeetingResponse created = service.create(body);
    return Responses.created(uri, created.id(), created, created.version());
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace a meeting's record: date, status, attendees, minutes (If-Match)")
  @APIResponseSchema(value = BoardRecords.MeetingResponse.class, responseCode = "200")
  public Response replace(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull BoardRecords.MeetingRequest body) {
    BoardRecords.MeetingResponse replaced = service.replace(id, ifMatch, body);
    return Responses.ok(replaced, replaced.version());
  }

  @GET
  @Path("/{id}/actions-arising")
  @Operation(
      summary = "Actions arising the meeting deals with: its own and its board's earlier open ones")
  public List<BoardRecords.ActionArisingResponse> actionsArising(@PathParam("id") Long id) {
    return service.actionsArising(id);
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @POST
  @Path("/{id}/actions-arising")
  @Operation(summary = "Record an action arising from the meeting")
  @APIResponseSchema(value = BoardRecords.ActionArisingResponse.class, responseCode = "201")
  public Response raise(
      @PathParam("id") Long id, @Valid @NotNull BoardRecords.ActionArisingRequest body) {
    BoardRecords.ActionArisingResponse created = service.raise(id, body);
    return Responses.created(created, created.version());
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @PUT
  @Path("/{id}/actions-arising/{itemId}")
  @Operation(summary = "Change an action arising, e.g. mark it DONE (If-Match required)")
  @APIResponseSchema(value = BoardRecords.ActionArisingResponse.class, responseCode = "200")
  public Response reviseArising(
      @PathParam("id") Long id,
      @PathParam("itemId") Long itemId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull BoardRecords.ActionArisingRequest body) {
    BoardRecords.ActionArisingResponse revised = service.reviseArising(id, itemId, ifMatch, body);
    return Responses.ok(revised, revised.version());
  }
}
