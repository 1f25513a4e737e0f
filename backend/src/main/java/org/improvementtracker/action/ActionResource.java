package org.improvementtracker.action;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.audit.AuditResponse;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Permission;

@Path("/api/v1/actions")
@Tag(name = "Actions", description = "The rows of the improvement plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class ActionResource {

  @Inject ActionService service;

  @GET
  @Operation(summary = "List actions, filtered, sorted and paged")
  public Page<ActionResponse> list(
      @QueryParam("plan") Long plan,
      @QueryParam("priority") @Parameter(description = "Priority id") Long priority,
      @QueryParam("rag") @Parameter(description = "NONE lists the actions not yet rated")
          RagFilter rag,
      @QueryParam("effectiveRag")
          @Parameter(description = "As rag, but an overdue unimplemented action counts as RED")
          RagFilter effectiveRag,
      @QueryParam("lead") @Parameter(description = "Part of a lead's name, any case") String lead,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("finding") @Parameter(description = "A cited inspection paragraph number")
          Integer finding,
      @QueryParam("q")
          @Parameter(description = "Words to find in any text of the row or its evidence")
          String q,
      @QueryParam("archived")
          @DefaultValue("false")
          @Parameter(description = "true lists archived rows instead of current ones")
          boolean archived,
      @QueryParam("sort")
          @DefaultValue("ref")
          @Parameter(
              description =
                  "Comma-separated keys (ref, priority, dueDate, rag, createdAt, updatedAt);"
                      + " prefix with - for descending")
          String sort,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    ActionQuery query =
        new ActionQuery(
            plan,
            priority,
            rag,
            effectiveRag,
            blankToNull(lead),
            overdue,
            finding,
            blankToNull(q),
            archived);
    return service.search(query, sortKeys(sort), new PageRequest(page, size));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one action, with its ETag")
  @APIResponseSchema(value = ActionResponse.class, responseCode = "200")
  public Response get(@PathParam("id") Long id) {
    return withETag(Response.ok(), service.get(id));
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @POST
  @Operation(summary = "Add an action row")
  @APIResponseSchema(value = ActionResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull ActionRequest body, UriInfo uri) {
    ActionResponse created = service.create(body);
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()),
        created);
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @PUT
  @Path("/{id}")
  @Operation(summary = "Replace an action's fields (If-Match required)")
  @APIResponseSchema(value = ActionResponse.class, responseCode = "200")
  public Response replace(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ActionRequest body) {
    return withETag(Response.ok(), service.replace(id, ifMatch, body));
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @PATCH
  @Path("/{id}")
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Change some of an action's fields, JSON Merge Patch (If-Match required)")
  @APIResponseSchema(value = ActionResponse.class, responseCode = "200")
  public Response patch(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull
          @Schema(
              description =
                  "Any of the fields of ActionRequest to change; null removes an optional one")
          JsonNode body)
      throws JsonProcessingException {
    return withETag(Response.ok(), service.patch(id, ifMatch, body));
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @DELETE
  @Path("/{id}")
  @Operation(summary = "Archive an action: it is kept and can be listed with archived=true")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response archive(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    service.archive(id, ifMatch);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/progress-updates")
  @Operation(summary = "The action's evidence of progress, oldest first")
  public List<ProgressUpdateResponse> progressUpdates(@PathParam("id") Long id) {
    return service.progressUpdates(id);
  }

  @RolesAllowed(Permission.Names.ACTIONS_CONTRIBUTE)
  @POST
  @Path("/{id}/progress-updates")
  @Operation(summary = "Record evidence of progress (partners: on actions they co-lead)")
  @APIResponseSchema(value = ProgressUpdateResponse.class, responseCode = "201")
  public Response recordProgress(
      @PathParam("id") Long id, @Valid @NotNull ProgressUpdateRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(service.recordProgress(id, body))
        .build();
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @POST
  @Path("/{id}/rag")
  @Operation(summary = "Change the RAG status, with a reason; GREEN needs recorded evidence")
  @APIResponseSchema(value = ActionResponse.class, responseCode = "200")
  public Response changeRag(@PathParam("id") Long id, @Valid @NotNull RagChangeRequest body) {
    return withETag(Response.ok(), service.changeRag(id, body));
  }

  @POST
  @Path("/{id}/rag-proposals")
  @RolesAllowed(Permission.Names.ACTIONS_CONTRIBUTE)
  @Operation(summary = "Propose a RAG change for an editor to accept or reject (partners)")
  @APIResponseSchema(value = RagProposalRecords.RagProposalResponse.class, responseCode = "201")
  public Response propose(@PathParam("id") Long id, @Valid @NotNull RagChangeRequest body) {
    return Response.status(Response.Status.CREATED).entity(service.propose(id, body)).build();
  }

  @GET
  @Path("/{id}/rag-proposals")
  @Operation(summary = "The RAG proposals made for an action, newest first")
  public List<RagProposalRecords.RagProposalResponse> proposals(@PathParam("id") Long id) {
    return service.proposals(id, null);
  }

  @GET
  @Path("/{id}/rag-history")
  @Operation(summary = "Every RAG change of the action, oldest first")
  public List<RagChangeResponse> ragHistory(@PathParam("id") Long id) {
    return service.ragHistory(id);
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "Everything that happened to an action: edits, evidence, RAG, proposals")
  public List<AuditResponse> history(@PathParam("id") Long id) {
    return service.history(id);
  }

  private static Response withETag(Response.ResponseBuilder builder, ActionResponse action) {
    return builder.entity(action).header(HttpHeaders.ETAG, ETags.of(action.version())).build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static List<ActionRepository.SortKey> sortKeys(String sort) {
    return java.util.Arrays.stream(sort.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(
            term -> {
              boolean descending = term.startsWith("-");
              String field = descending ? term.substring(1) : term;
              if (!ActionRepository.SORTS.containsKey(field)) {
                throw new InvalidInputException(
                    "sort",
                    "unknown sort key '"
                        + field
                        + "'; use one of "
                        + String.join(
                            ", ", new java.util.TreeSet<>(ActionRepository.SORTS.keySet())));
              }
              return new ActionRepository.SortKey(field, descending);
            })
        .toList();
  }
}
