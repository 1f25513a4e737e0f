package org.improvementtracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.improvementtracker.audit.AuditContext;
import org.improvementtracker.common.ProblemException;

/** Who is making the current request and from where, as recorded on what they change. */
@RequestScoped
public class CurrentUser implements AuditContext {
  public static final String REQUEST_ID = "tracker.request-id";

  @Inject SecurityIdentity identity;
  @Inject CurrentVertxRequest vertxRequest;

  public Optional<AuthenticatedUser> get() {
    if (identity == null || identity.isAnonymous()) {
      return Optional.empty();
    }
    return Optional.ofNullable(identity.getAttribute(AuthenticatedUser.ATTRIBUTE));
  }

  public AuthenticatedUser require() {
    return get()
        .orElseThrow(
            () -> new ProblemException(401, "about:blank", "Unauthorized", "Sign in first", null));
  }

  /** How the user signs what they write: "Jo Bloggs (Devon and Cornwall Police)". */
  public String signature() {
    AuthenticatedUser user = require();
    return user.displayName() + " (" + user.organisationName() + ")";
  }

  @Override
  public Optional<AuditContext.Actor> actor() {
    return get()
        .map(
            u ->
                new AuditContext.Actor(
                    u.userId(), u.username(), u.displayName(), u.organisationId(), u.tokenId()));
  }

  @Override
  public String clientAddress() {
    RoutingContext context = vertxRequest.getCurrent();
    if (context == null || context.request().remoteAddress() == null) {
      return null;
    }
    return context.request().remoteAddress().hostAddress();
  }

  @Override
  public String requestId() {
    RoutingContext context = vertxRequest.getCurrent();
    return context == null ? null : context.get(REQUEST_ID);
  }
}
