package org.improvementtracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.common.Permission;

/** Request and response bodies of sign-in and "who am I". */
public final class SessionRecords {
  private SessionRecords() {}

  public record SignInRequest(
      @NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {}

  public record OrganisationSummary(Long id, String name, Organisation.Kind kind) {}

  public record MeResponse(
      Long id,
      String username,
      String displayName,
      OrganisationSummary organisation,
      Role role,
      @Schema(
              description =
                  "What this request may do: the role's permissions, narrowed by a token's scopes")
          List<Permission> permissions,
      @Schema(description = "SESSION for a signed-in browser, TOKEN for an API token")
          AuthenticatedUser.Via via,
      @Schema(description = "The token's scopes, when signed in with a token", nullable = true)
          List<Scope> scopes,
      @Schema(description = "The scopes this user may give a new API token")
          List<Scope> grantableScopes) {}

  public record SignInOptions(
      boolean password,
      @Schema(description = "Whether GET /api/v1/session/sso signs staff in with their provider")
          boolean singleSignOn) {}

  public record SignInResponse(
      MeResponse user,
      @Schema(
              description =
                  "Send this in the X-CSRF-Token header of every state-changing request made with"
                      + " the session cookie (it is also in the tracker_csrf cookie)")
          String csrfToken) {}
}
