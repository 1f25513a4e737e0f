package org.improvementtracker.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
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

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicators of success: monthly figures, targets, trends")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class IndicatorResource {

  @Inject IndicatorDefinitions definitions;
  @Inject IndicatorFigures figures;
  @Inject BenchmarkService benchmarks;
  @Inject DerivedIndicators derived;

  @GET
  @Operation(summary = "List indicators with latest figure, direction and status against target")
  public Page<IndicatorRecords.IndicatorResponse> list(
      @QueryParam("plan") Long plan,
      @QueryParam("area") @Parameter(description = "The table heading, any case") String area,
      @QueryParam("priority") @Parameter(description = "Priority id") Long priority,
      @QueryParam("status") TargetStatus status,
      @QueryParam("direction") Direction direction,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("100") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return definitions.search(
        plan,
        area == null || area.isBlank() ? null : area.trim(),
        priority,
        status,
        direction,
        new PageRequest(page, size));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one indicator, with its ETag")
  @APIResponseSchema(value = IndicatorRecords.IndicatorResponse.class, responseCode = "200")
  public Response get(@PathParam("id") Long id) {
    return withETag(Response.ok(), definitions.get(id));
  }

  @POST
  @RolesAllowed(Permission.Names.INDICATORS_DEFINE)
  @Operation(summary = "Add an indicator")
  @APIResponseSchema(value = IndicatorRecords.IndicatorResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull IndicatorRecords.IndicatorRequest body, UriInfo uri) {
    IndicatorRecords.IndicatorResponse created = definitions.create(body);
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()),
        created);
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Permission.Names.INDICATORS_DEFINE)
  @Operation(summary = "Replace an indicator's definition (If-Match required)")
  @APIResponseSchema(value = IndicatorRecords.IndicatorResponse.class, responseCode = "200")
  public Response replace(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull IndicatorRecords.IndicatorRequest body) {
    return withETag(Response.ok(), definitions.replace(id, ifMatch, body));
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed(Permission.Names.INDICATORS_DEFINE)
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Change some of an indicator's definition, JSON Merge Patch (If-Match)")
  @APIResponseSchema(value = IndicatorRecords.IndicatorResponse.class, responseCode = "200")
  public Response patch(
      @PathParam("id") Long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull
          @Schema(
              description =
                  "Any of the fields of IndicatorRequest to change; null removes an optional one")
          JsonNode body)
      throws JsonProcessingException {
    return withETag(Response.ok(), definitions.patch(id, ifMatch, body));
  }

  @DELETE
  @Path("/{id}/data-status")
  @RolesAllowed(Permission.Names.INDICATORS_WRITE)
  @Operation(
      summary =
          "Clear the data-status note (\"Report development required\") once figures are"
              + " reported (If-Match)")
  @APIResponseSchema(value = IndicatorRecords.IndicatorResponse.class, responseCode = "200")
  public Response clearDataStatus(
      @PathParam("id") Long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return withETag(Response.ok(), definitions.clearDataStatus(id, ifMatch));
  }

  @GET
  @Path("/{id}/values")
  @Operation(summary = "The indicator's monthly figures, oldest first")
  public List<IndicatorRecords.ValueResponse> values(
      @PathParam("id") Long id,
      @QueryParam("from") @Parameter(description = "First month") Period from,
      @QueryParam("to") @Parameter(description = "Last month") Period to) {
    return figures.values(id, from, to);
  }

  @GET
  @Path("/{id}/values/{period}")
  @Operation(summary = "One month's figure, with its ETag")
  @APIResponseSchema(value = IndicatorRecords.ValueResponse.class, responseCode = "200")
  public Response value(@PathParam("id") Long id, @PathParam("period") Period period) {
    return withETag(Response.ok(), figures.value(id, period).value());
  }

  @PUT
  @Path("/{id}/values/{period}")
  @RolesAllowed(Permission.Names.INDICATORS_WRITE)
  @Operation(
      summary =
          "Enter or correct a month's figure; a correction keeps the old figure as a revision"
              + " and needs If-Match")
  @APIResponse(
      responseCode = "200",
      description = "The figure was corrected (or was already this figure: nothing changed)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorRecords.ValueResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "The month's figure was entered for the first time",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorRecords.ValueResponse.class)))
  public Response recordValue(
      @PathParam("id") Long id,
      @PathParam("period") Period period,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The ETag of the figure being corrected")
          String ifMatch,
      @QueryParam("acknowledgeWarnings")
          @DefaultValue("false")
          @Parameter(
              description =
                  "Confirms a figure that the sense check queried (422 unconfirmed-warning): far"
                      + " from the indicator's recent figures, e.g. 0.65 where they run around 64")
          boolean acknowledgeWarnings,
      @Valid @NotNull IndicatorRecords.ValueRequest body) {
    IndicatorFigures.Recorded recorded =
        figures.recordValue(id, period, body, ifMatch, acknowledgeWarnings);
    return withETag(
        Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK),
        recorded.value());
  }

  @GET
  @Path("/{id}/not-available")
  @Operation(summary = "The months whose figure is recorded as not available, with the reasons")
  public List<IndicatorRecords.UnavailableResponse> unavailable(@PathParam("id") Long id) {
    return figures.unavailable(id);
  }

  @PUT
  @Path("/{id}/not-available/{period}")
  @RolesAllowed(Permission.Names.INDICATORS_WRITE)
  @Operation(
      summary =
          "Record that a month's figure is not available, and why (If-Match to change the"
              + " reason); entering the figure later removes the record")
  @APIResponse(
      responseCode = "200",
      description = "The reason was changed (or was already this reason)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorRecords.UnavailableResponse.class)))
  @APIResponse(
      responseCode = "201",
      description = "The month was recorded as not available",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorRecords.UnavailableResponse.class)))
  public Response markUnavailable(
      @PathParam("id") Long id,
      @PathParam("period") Period period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull IndicatorRecords.UnavailableRequest body) {
    IndicatorFigures.Marked marked = figures.markUnavailable(id, period, body, ifMatch);
    return Response.status(marked.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(marked.unavailable())
        .header(HttpHeaders.ETAG, ETags.of(marked.unavailable().version()))
        .build();
  }

  @DELETE
  @Path("/{id}/not-available/{period}")
  @RolesAllowed(Permission.Names.INDICATORS_WRITE)
  @Operation(summary = "Withdraw a \"not available\" record made in error (If-Match)")
  @APIResponse(responseCode = "204", description = "Withdrawn")
  public void clearUnavailable(
      @PathParam("id") Long id,
      @PathParam("period") Period period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    figures.clearUnavailable(id, period, ifMatch);
  }

  @GET
  @Path("/{id}/values/{period}/revisions")
  @Operation(summary = "Every correction of a month's figure: old, new, who, when")
  public List<IndicatorRecords.RevisionResponse> revisions(
      @PathParam("id") Long id, @PathParam("period") Period period) {
    return figures.revisions(id, period);
  }

  @GET
  @Path("/{id}/derivation")
  @Operation(summary = "A derived indicator's formula and, per month, the records behind it")
  public IndicatorRecords.DerivationResponse derivation(@PathParam("id") Long id) {
    return derived.derivation(id);
  }

  @GET
  @Path("/{id}/benchmarks")
  @Operation(summary = "Comparator series (England, statistical neighbours, Ofsted Good+…)")
  public List<IndicatorRecords.BenchmarkBody> benchmarks(@PathParam("id") Long id) {
    return benchmarks.benchmarks(id);
  }

  @PUT
  @Path("/{id}/benchmarks")
  @RolesAllowed(Permission.Names.INDICATORS_WRITE)
  @Operation(summary = "Replace all of the indicator's benchmark points at once")
  public List<IndicatorRecords.BenchmarkBody> replaceBenchmarks(
      @PathParam("id") Long id,
      @Valid @NotNull @Size(max = 1000) List<IndicatorRecords.@Valid @NotNull BenchmarkBody> body) {
    return benchmarks.replace(id, body);
  }

  private static Response withETag(
      Response.ResponseBuilder builder, IndicatorRecords.ValueResponse value) {
    return builder.entity(value).header(HttpHeaders.ETAG, ETags.of(value.version())).build();
  }

  private static Response withETag(
      Response.ResponseBuilder builder, IndicatorRecords.IndicatorResponse indicator) {
    return builder
        .entity(indicator)
        .header(HttpHeaders.ETAG, ETags.of(indicator.version()))
        .build();
  }
}
