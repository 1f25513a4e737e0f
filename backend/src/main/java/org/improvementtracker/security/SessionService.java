package org.improvementtracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.LogText;
import org.improvementtracker.common.NotPermittedException;
import org.improvementtracker.common.TrackerConfig;
import org.jboss.logging.Logger;

/** Signs people in and out, with throttling of repeated failures. */
@ApplicationScoped
public class SessionService {
  private static final Logger LOG = Logger.getLogger(SessionService.class);

  @Inject EntityManager em;
  @Inject UserRepository users;
  @Inject OrganisationRepository organisations;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject TrackerConfig config;
  @Inject Clock clock;
  @Inject SignInThrottles throttles;
  @Inject CredentialCache credentials;

  /** The outcome of a sign-in; failures are committed (counted and audited), not rolled back. */
  public sealed interface SignIn {
    record Success(String sessionId, String csrfToken, AuthenticatedUser user) implements SignIn {}

    record Refused() implements SignIn {}

    record Locked(long retryAfterSeconds) implements SignIn {}
  }

  /**
   * Checks a password. Failures are throttled by client address and by username alike, whether the
   * username exists or not, so that the answers tell nobody which accounts are real.
   */
  @Transactional
  public SignIn signIn(String username, String password, String clientAddress) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String name = username.trim().toLowerCase(Locale.ROOT);
    SignInThrottle byAddress =
        throttles.lock(
            SignInThrottle.Policy.ADDRESS, clientAddress == null ? "unknown" : clientAddress);
    SignInThrottle byName = throttles.lock(SignInThrottle.Policy.USERNAME, name);
    User user = users.findByUsername(name).orElse(null);
    Long userId = user == null ? null : user.getId();
    Long organisationId = user == null ? null : user.getOrganisation().getId();
    long locked = Math.max(byAddress.lockedForSeconds(now), byName.lockedForSeconds(now));
    if (locked > 0) {
      audit.recordFor("LOGIN_FAILED", userId, name, organisationId, Map.of("reason", "locked"));
      LOG.warnf("Sign-in refused while locked for %s (%d s left)", LogText.quoted(name), locked);
      return new SignIn.Locked(locked);
    }
    boolean matches =
        user == null
            ? passwords.spendAsMuchTimeAsACheck(password)
            : passwords.matches(password, user.getPasswordHash());
    if (user == null || !matches || !user.isEnabled()) {
      byAddress.recordFailure(SignInThrottle.Policy.ADDRESS, now);
      byName.recordFailure(SignInThrottle.Policy.USERNAME, now);
      String reason =
          user == null
              ? "unknown username"
              : user.isEnabled() ? "wrong password" : "account disabled";
      audit.recordFor(
          "LOGIN_FAILED",
          userId,
          name,
          organisationId,
          Map.of("reason", reason, "failedLogins", byName.getFailures()));
      LOG.warnf(
          "Failed sign-in for %s: %s (%d in a row)",
          LogText.quoted(name), reason, byName.getFailures());
      return new SignIn.Refused();
    }
    byAddress.reset();
    byName.reset();
    return openSession(user, now, Map.of("method", "password"));
  }

  /**
   * Signs in a member of staff whom the council's identity provider has authenticated. Their role
   * comes from the provider's claims; a first sign-in creates their account in the council.
   */
  @Transactional
  public SignIn.Success signInWithSso(String username, String displayName, Role role) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String name = username.trim().toLowerCase(Locale.ROOT);
    User user = users.findByUsername(name).orElse(null);
    if (user == null) {
      Organisation council = organisations.council().orElseThrow();
      // The account has no usable password: it signs in through the provider only.
      user =
          new User(
              name,
              displayName,
              council,
              role,
              passwords.hash("password", Secrets.random(24)),
              now);
      em.persist(user);
      em.flush();
      audit.recordFor(
          "USER_CREATED",
          user.getId(),
          name,
          council.getId(),
          Map.of("by", "single sign-on", "role", role));
    } else if (!user.isEnabled()) {
      throw new NotPermittedException("This account is disabled");
    } else if (user.getRole() != role
        && user.getOrganisation().getKind() == Organisation.Kind.COUNCIL) {
      audit.recordFor(
          "USER_ROLE_FROM_SSO",
          user.getId(),
          name,
          user.getOrganisation().getId(),
          Map.of("from", user.getRole(), "to", role));
      user.update(user.getDisplayName(), user.getOrganisation(), role, true);
      credentials.clearAfterCommit();
    }
    return openSession(user, now, Map.of("method", "single sign-on"));
  }

  private SignIn.Success openSession(User user, OffsetDateTime now, Map<String, Object> how) {
    user.recordLogin(now);
    String sessionId = Secrets.random(32);
    String csrf = Secrets.random(32);
    em.persist(
        new UserSession(
            Secrets.sha256(sessionId), user, csrf, now, config.session().absoluteTimeout()));
    audit.recordFor("LOGIN", user.getId(), user.getUsername(), user.getOrganisation().getId(), how);
    return new SignIn.Success(
        sessionId,
        csrf,
        AuthenticatedUser.of(
            user, user.getRole().permissions(), AuthenticatedUser.Via.SESSION, null, null, csrf));
  }

  @Transactional
  public void signOut(String sessionId) {
    UserSession session = em.find(UserSession.class, Secrets.sha256(sessionId));
    if (session != null) {
      session.end(OffsetDateTime.now(clock));
      credentials.clearAfterCommit();
      audit.record("LOGOUT", "User", session.getUser().getId(), null, null);
    }
  }
}
