package org.improvementtracker.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tokens")
@Tag(name = "API tokens", description = "Personal tokens for programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class TokenResource {

  @Inject TokenService service;

  @POST
  @Operation(summary = "Create a personal token; its secret is in this response only")
  @APIResponseSchema(value = TokenRecords.CreatedTokenResponse.class, responseCode = "201")
  public Response create(@Valid @NotNull TokenRecords.CreateTokenRequest body) {
    return Response.status(Response.Status.CREATED).entity(service.create(body)).build();
  }

  @GET
  @Operation(summary = "List your tokens (never their secrets)")
  public List<TokenRecords.TokenResponse> list(
      @QueryParam("all")
          @DefaultValue("false")
          @Parameter(description = "Admins: list every user's tokens")
          boolean all) {
    return service.list(all);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Revoke a token at once")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response revoke(@PathParam("id") Long id) {
    service.revoke(id);
    return Response.noContent().build();
  }
}
