package org.improvementtracker.plan;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Permission;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Improvement plans and their priorities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class PlanResource {

  @Inject PlanRepository plans;

  @GET
  @Operation(summary = "List the improvement plans")
  public List<PlanResponse> list() {
    return plans.listAll(Sort.by("id")).stream().map(PlanMapper::toResponse).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one improvement plan")
  public PlanResponse get(@PathParam("id") Long id) {
    return plans
        .findByIdOptional(id)
        .map(PlanMapper::toResponse)
        .orElseThrow(() -> new NotFoundException("Plan", id));
  }
}
