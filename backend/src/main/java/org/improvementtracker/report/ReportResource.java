package org.improvementtracker.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.board.BoardRecords;
import org.improvementtracker.common.Permission;

@Path("/api/v1/meetings")
@Tag(name = "Reports", description = "Meetings' highlight reports: draft, publish, PDF board pack")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class ReportResource {
  static final String PDF = "application/pdf";

  @Inject ReportService service;
  @Inject BoardPack pack;

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @GET
  @Path("/{id}/report")
  @Operation(summary = "The meeting's draft highlight report, assembled from the records now")
  public ReportRecords.HighlightReport draft(@PathParam("id") Long id) {
    return service.draft(id);
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @PUT
  @Path("/{id}/report")
  @Operation(summary = "Write the report's summary and each priority's progress and challenges")
  @APIResponseSchema(value = ReportRecords.HighlightReport.class, responseCode = "200")
  public Response writeCommentary(
      @PathParam("id") Long id, @Valid @NotNull BoardRecords.CommentaryRequest body) {
    return Response.ok(service.writeCommentary(id, body)).build();
  }

  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @POST
  @Path("/{id}/report/publish")
  @Operation(summary = "Publish the report as it stands: a new, immutable version")
  @APIResponseSchema(value = ReportRecords.PublishedReport.class, responseCode = "201")
  public Response publish(@PathParam("id") Long id) {
    ReportRecords.PublishedReport published = service.publish(id);
    return Response.status(Response.Status.CREATED).entity(published).build();
  }

  @GET
  @Path("/{id}/report/versions")
  @Operation(summary = "The report's published versions, oldest first")
  public List<ReportRecords.VersionSummary> versions(@PathParam("id") Long id) {
    return service.versions(id);
  }

  @GET
  @Path("/{id}/report/versions/{version}")
  @Operation(summary = "One published version, exactly as it was published")
  public ReportRecords.PublishedReport version(
      @PathParam("id") Long id, @PathParam("version") @Min(1) int version) {
    return service.version(id, version);
  }

  @GET
  @Path("/{id}/report.pdf")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  @Operation(summary = "A published version as the PDF board pack (the latest by default)")
  @APIResponse(
      responseCode = "200",
      description = "The board pack",
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(
      @PathParam("id") Long id,
      @QueryParam("version") @Parameter(description = "The version; the latest by default") @Min(1)
          Integer version) {
    ReportRecords.PublishedReport published =
        version == null ? service.latest(id) : service.version(id, version);
    byte[] pdf =
        pack.render(
            published.report(),
            "Version " + published.version() + ", published by " + published.publishedBy());
    return Response.ok(pdf, PDF)
        .header(
            "Content-Disposition",
            "attachment; filename=\"board-pack-meeting-"
                + id
                + "-v"
                + published.version()
                + ".pdf\"")
        .build();
  }
}
