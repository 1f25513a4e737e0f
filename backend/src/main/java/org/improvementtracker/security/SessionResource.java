package org.improvementtracker.security;

import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.NotPermittedException;
import org.improvementtracker.common.ProblemException;
import org.improvementtracker.common.TrackerConfig;

@Path("/api/v1")
@Tag(name = "Sign-in", description = "Sessions for the web app, and who you are")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SessionService sessions;
  @Inject CurrentUser currentUser;
  @Inject SecurityIdentity identity;
  @Inject OidcSession oidcSession;
  @Inject TrackerConfig config;

  @POST
  @Path("/session")
  @PermitAll
  @Operation(summary = "Sign in: sets an HttpOnly session cookie and returns the CSRF token")
  @APIResponseSchema(value = SessionRecords.SignInResponse.class, responseCode = "200")
  public Response signIn(@Valid @NotNull SessionRecords.SignInRequest body) {
    SessionService.SignIn outcome =
        sessions.signIn(body.username(), body.password(), currentUser.clientAddress());
    if (outcome instanceof SessionService.SignIn.Locked locked) {
      throw new ProblemException(
              429,
              "/problems/too-many-attempts",
              "Too many failed sign-ins",
              "This account is locked after repeated failed sign-ins; try again in "
                  + locked.retryAfterSeconds()
                  + " seconds",
              null)
          .header("Retry-After", locked.retryAfterSeconds());
    }
    if (!(outcome instanceof SessionService.SignIn.Success ok)) {
      throw new ProblemException(
          401,
          "/problems/sign-in-failed",
          "Sign-in failed",
          "Username or password is incorrect",
          null);
    }
    return Response.ok(
            new SessionRecords.SignInResponse(SecurityMapper.me(ok.user()), ok.csrfToken()))
        .cookie(cookie(TrackerAuthMechanism.SESSION_COOKIE, ok.sessionId(), true, -1))
        .cookie(cookie(TrackerAuthMechanism.CSRF_COOKIE, ok.csrfToken(), false, -1))
        .build();
  }

  @GET
  @Path("/session/options")
  @PermitAll
  @Operation(summary = "How people may sign in here: with a password, and with single sign-on?")
  public SessionRecords.SignInOptions signInOptions() {
    return new SessionRecords.SignInOptions(true, config.sso().enabled());
  }

  @GET
  @Path("/session/sso")
  @PermitAll
  @Operation(
      summary =
          "Sign in with the council's identity provider (when configured): redirects there, then"
              + " back to the web app with a session")
  @APIResponse(responseCode = "303", description = "Signed in; on to the web app")
  public Response signInWithSso() {
    if (!config.sso().enabled()) {
      throw new NotFoundException("Single sign-on", "(not configured here)");
    }
    // The code-flow permission on this path has authenticated the request with the provider.
    if (identity.isAnonymous() || identity.getAttribute(AuthenticatedUser.ATTRIBUTE) != null) {
      throw new ProblemException(
          401, "about:blank", "Unauthorized", "Sign in with the provider", null);
    }
    Role role =
        SsoRoles.of(identity.getRoles(), SsoRoles.parse(config.sso().roleMap().orElse("")))
            .orElseThrow(
                () ->
                    new NotPermittedException(
                        "Your account at the identity provider has no Improvement Tracker role;"
                            + " ask an administrator"));
    String username = identity.getPrincipal().getName();
    String displayName =
        identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null
            ? token.getClaim("name").toString()
            : username;
    SessionService.SignIn.Success ok = sessions.signInWithSso(username, displayName, role);
    // From here on our own session stands; the provider's session cookie is not needed.
    oidcSession.logout().await().indefinitely();
    return Response.seeOther(URI.create("/"))
        .cookie(cookie(TrackerAuthMechanism.SESSION_COOKIE, ok.sessionId(), true, -1))
        .cookie(cookie(TrackerAuthMechanism.CSRF_COOKIE, ok.csrfToken(), false, -1))
        .build();
  }

  @DELETE
  @Path("/session")
  @Authenticated
  @Operation(summary = "Sign out: ends the session at once")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response signOut(@CookieParam(TrackerAuthMechanism.SESSION_COOKIE) String sessionId) {
    if (sessionId != null) {
      sessions.signOut(sessionId);
    }
    return Response.noContent()
        .cookie(cookie(TrackerAuthMechanism.SESSION_COOKIE, "", true, 0))
        .cookie(cookie(TrackerAuthMechanism.CSRF_COOKIE, "", false, 0))
        .build();
  }

  @GET
  @Path("/me")
  @Authenticated
  @Operation(summary = "Who you are: user, organisation, role and permissions")
  public SessionRecords.MeResponse me() {
    return SecurityMapper.me(currentUser.require());
  }

  private NewCookie cookie(String name, String value, boolean httpOnly, int maxAge) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/")
        .httpOnly(httpOnly)
        .secure(config.session().secureCookies())
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge(maxAge)
        .build();
  }
}
