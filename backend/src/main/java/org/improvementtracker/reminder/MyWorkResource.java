package org.improvementtracker.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.Permission;
import org.improvementtracker.security.CurrentUser;

// The same root as the session resource (which serves /api/v1/me): a root of /api/v1/me here
// would take that path over.
@Path("/api/v1")
@Tag(name = "Reminders", description = "My work and the weekly digest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.PLAN_READ)
public class MyWorkResource {

  @Inject MyWorkService service;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @GET
  @Path("/me/work")
  @Operation(summary = "My work: what the signed-in person has due, overdue or waiting")
  public ReminderRecords.MyWork work() {
    return service.work(currentUser.require().userId(), LocalDate.now(clock));
  }

  @GET
  @Path("/me/reminder-settings")
  @Operation(summary = "My lead roles and the address for the weekly digest")
  public ReminderRecords.SettingsResponse settings() {
    return MyWorkService.response(service.settings(currentUser.require().userId()));
  }

  @PUT
  @Path("/me/reminder-settings")
  @Operation(summary = "Change my lead roles and the address for the weekly digest")
  public ReminderRecords.SettingsResponse changeSettings(
      @Valid @NotNull ReminderRecords.SettingsRequest body) {
    return service.changeSettings(currentUser.require().userId(), body);
  }
}
