package org.improvementtracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads the credentials of a request: {@code Authorization: Bearer <token>} for programs, or the
 * session cookie for the web app. Requests with neither stay anonymous.
 */
@ApplicationScoped
public class TrackerAuthMechanism implements HttpAuthenticationMechanism {
  public static final String SESSION_COOKIE = "tracker_session";
  public static final String CSRF_COOKIE = "tracker_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return Uni.createFrom()
            .failure(new AuthenticationFailedException("Only Bearer tokens are accepted"));
      }
      ApiTokenAuthenticationRequest request =
          new ApiTokenAuthenticationRequest(authorization.substring(7).trim());
      HttpSecurityUtils.setRoutingContextAttribute(request, context);
      return identityProviderManager.authenticate(request);
    }
    Cookie session = context.request().getCookie(SESSION_COOKIE);
    if (session != null && !session.getValue().isBlank()) {
      SessionAuthenticationRequest request = new SessionAuthenticationRequest(session.getValue());
      HttpSecurityUtils.setRoutingContextAttribute(request, context);
      return identityProviderManager.authenticate(request);
    }
    return Uni.createFrom().nullItem();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"improvement-tracker\""));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiTokenAuthenticationRequest.class, SessionAuthenticationRequest.class);
  }
}
