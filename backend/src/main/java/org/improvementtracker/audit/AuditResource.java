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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Permission;

@Path("/api/v1")
@Tag(name = "Audit", description = "The append-only record of every change and sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditQueries queries;

  @GET
  @Path("/audit-log")
  @RolesAllowed(Permission.Names.ADMIN)
  @Operation(summary = "The audit trail, newest first (admins)")
  public Page<AuditResponse> auditLog(
      @QueryParam("entityType") @Parameter(description = "e.g. Action, User, ApiToken")
          String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("user") @Parameter(description = "A username") String user,
      @QueryParam("from") @Parameter(description = "First day, YYYY-MM-DD") String from,
      @QueryParam("to") @Parameter(description = "Last day, YYYY-MM-DD") String to,
      @QueryParam("page") @DefaultValue("1") @Min(1) @Max(PageRequest.MAX_PAGE) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    LocalDate fromDay = date("from", from);
    LocalDate toDay = date("to", to);
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    return queries.search(
        blank(entityType),
        blank(entityId),
        blank(user),
        fromDay,
        toDay,
        new PageRequest(page, size));
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date written YYYY-MM-DD");
    }
  }
}
