package org.improvementtracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.Permission;

@Path("/api/v1")
@Tag(name = "Administration", description = "Users and organisations (admins)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserService service;

  @GET
  @Path("/users")
  @RolesAllowed(Permission.Names.ADMIN)
  @Operation(summary = "List users")
  public List<UserRecords.UserResponse> list() {
    return service.list();
  }

  @POST
  @Path("/users")
  @RolesAllowed(Permission.Names.ADMIN)
  @Operation(summary = "Create a user")
  @APIResponseSchema(value = UserRecords.UserResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull UserRecords.CreateUserRequest body) {
    return Response.status(Response.Status.CREATED).entity(service.create(body)).build();
  }

  @PATCH
  @Path("/users/{id}")
  @RolesAllowed(Permission.Names.ADMIN)
  @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
  @Operation(summary = "Change a user: name, organisation, role, enabled, password")
  public UserRecords.UserResponse update(
      @PathParam("id") Long id, @Valid @NotNull UserRecords.UpdateUserRequest body) {
    return service.update(id, body);
  }

  @GET
  @Path("/organisations")
  @RolesAllowed(Permission.Names.PLAN_READ)
  @Operation(summary = "List organisations: the council and partner agencies")
  public List<SessionRecords.OrganisationSummary> organisations() {
    return service.organisations();
  }

  @POST
  @Path("/organisations")
  @RolesAllowed(Permission.Names.ADMIN)
  @Operation(summary = "Add an organisation")
  @APIResponseSchema(value = SessionRecords.OrganisationSummary.class, responseCode = "201")
  public Response createOrganisation(
      @Valid @NotNull OrganisationRecords.CreateOrganisationRequest body) {
    return Response.status(Response.Status.CREATED)
        .entity(service.createOrganisation(body))
        .build();
  }
}
