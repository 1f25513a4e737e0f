package org.improvementtracker.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.Permission;

@Path("/api/v1/priorities")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class PriorityResource {

  @Inject PriorityService service;

  @GET
  @Operation(summary = "List priorities with their RAG counts, optionally of one plan")
  public List<PriorityResponse> list(@QueryParam("plan") Long plan) {
    return service.list(plan);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one priority with its RAG counts")
  public PriorityResponse get(@PathParam("id") Long id) {
    return service.get(id);
  }
}
