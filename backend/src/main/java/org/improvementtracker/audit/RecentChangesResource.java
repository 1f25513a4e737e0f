package org.improvementtracker.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.Permission;

@Path("/api/v1/recent-changes")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class RecentChangesResource {

  @Inject AuditQueries queries;

  @GET
  @RolesAllowed(Permission.Names.PLAN_READ)
  @Operation(
      summary = "The latest changes to actions and indicators, newest first (for dashboards)")
  public List<AuditResponse> recentChanges(
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    return queries.recentPlanChanges(limit);
  }
}
