package org.improvementtracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.improvementtracker.common.Permission;
import org.improvementtracker.common.TrackerConfig;

/**
 * Turns a session id or an API token into a security identity, or refuses it, by reading the
 * database. {@link CredentialIdentityProviders} asks it only when {@link CredentialCache} has no
 * fresh answer.
 */
@ApplicationScoped
public class CredentialVerifier {

  @Inject EntityManager em;
  @Inject TrackerConfig config;
  @Inject Clock clock;

  /** An identity, and the moment its credential ends unless used or renewed before. */
  record Verified(SecurityIdentity identity, OffsetDateTime validUntil) {}

  @ActivateRequestContext
  @Transactional
  public Verified verifyToken(String tokenHash) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    ApiToken token =
        // One indexed lookup: the token with its user and organisation.
        em.createQuery(
                "from ApiToken t join fetch t.user u join fetch u.organisation"
                    + " where t.tokenHash = :hash",
                ApiToken.class)
            .setParameter("hash", tokenHash)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AuthenticationFailedException("Unknown token"));
    if (!token.isUsable(now)) {
      throw new AuthenticationFailedException("Token revoked, expired or its user disabled");
    }
    token.markUsed(now);
    User user = token.getUser();
    // A token keeps only the scopes its owner's role grants today: a demotion narrows it at once.
    Set<Scope> scopes = token.scopes();
    scopes.retainAll(user.getRole().grantableScopes());
    return new Verified(
        identity(
            AuthenticatedUser.of(
                user,
                user.getRole().permissions(scopes),
                AuthenticatedUser.Via.TOKEN,
                token.getId(),
                scopes,
                null)),
        token.getExpiresAt());
  }

  @ActivateRequestContext
  @Transactional
  public Verified verifySession(String sessionHash) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    UserSession session = em.find(UserSession.class, sessionHash);
    if (session == null || !session.isValid(now, config.session().idleTimeout())) {
      throw new AuthenticationFailedException("Session ended or expired");
    }
    session.touch(now);
    User user = session.getUser();
    return new Verified(
        identity(
            AuthenticatedUser.of(
                user,
                user.getRole().permissions(),
                AuthenticatedUser.Via.SESSION,
                null,
                null,
                session.getCsrfToken())),
        session.validUntil(config.session().idleTimeout()));
  }

  private static SecurityIdentity identity(AuthenticatedUser user) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(user.username()))
        .addRoles(user.permissions().stream().map(Permission::value).collect(Collectors.toSet()))
        .addAttribute(AuthenticatedUser.ATTRIBUTE, user)
        .build();
  }
}
