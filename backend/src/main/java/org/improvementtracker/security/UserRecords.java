package org.improvementtracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class UserRecords {
  private UserRecords() {}

  public record CreateUserRequest(
      @NotBlank
          @Pattern(
              regexp = "[A-Za-z0-9._-]{3,50}",
              message = "must be 3 to 50 letters, digits, dots, dashes or underscores")
          String username,
      @NotBlank @Size(max = 200) String displayName,
      @NotNull Long organisationId,
      @NotNull Role role,
      @NotNull @Schema(description = "At least 12 characters") String password) {}

  @Schema(description = "Fields to change; omitted fields stay as they are")
  public record UpdateUserRequest(
      @Size(min = 1, max = 200) String displayName,
      Long organisationId,
      Role role,
      @Schema(description = "false disables the account and ends its sessions and tokens at once")
          Boolean enabled,
      @Schema(description = "A new password; ends the user's sessions") String password) {}

  public record UserResponse(
      Long id,
      String username,
      String displayName,
      SessionRecords.OrganisationSummary organisation,
      Role role,
      boolean enabled,
      OffsetDateTime createdAt,
      @Schema(nullable = true) OffsetDateTime lastLoginAt) {}
}
