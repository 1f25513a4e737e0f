package org.improvementtracker.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.improvementtracker.common.ProblemException;
import org.improvementtracker.common.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Double-submit CSRF protection for the web app: a state-changing request authenticated by the
 * session cookie must repeat the CSRF token (from the tracker_csrf cookie or the sign-in response)
 * in the X-CSRF-Token header. Programs using a Bearer token are not exposed to CSRF.
 */
public class CsrfFilter {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject CurrentIdentityAssociation identities;
  @Inject ProblemMappers problems;

  @ServerRequestFilter
  public Uni<Response> requireCsrfToken(ContainerRequestContext request) {
    if (SAFE_METHODS.contains(request.getMethod())
        || request.getUriInfo().getPath().equals("/api/v1/session")
            && request.getMethod().equals("POST")) {
      return Uni.createFrom().nullItem();
    }
    return identities
        .getDeferredIdentity()
        .map(identity -> check(identity, request))
        // A bad credential is the security layer's to answer (401), not this filter's.
        .onFailure()
        .recoverWithNull();
  }

  private Response check(SecurityIdentity identity, ContainerRequestContext request) {
    AuthenticatedUser user =
        identity == null || identity.isAnonymous()
            ? null
            : identity.getAttribute(AuthenticatedUser.ATTRIBUTE);
    if (user == null || user.via() != AuthenticatedUser.Via.SESSION) {
      return null;
    }
    if (Secrets.sameSecret(
        request.getHeaderString(TrackerAuthMechanism.CSRF_HEADER), user.csrfToken())) {
      return null;
    }
    return problems.problem(
        new ProblemException(
            403,
            "/problems/csrf",
            "Missing or wrong CSRF token",
            "Send the X-CSRF-Token header with the token from sign-in (cookie tracker_csrf)",
            null),
        request.getUriInfo());
  }
}
