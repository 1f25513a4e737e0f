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
import org.improvementtracker.common.TrackerConfig;
import org.jboss.logging.Logger;

/** Signs people in and out, with throttling of repeated failures. */
@ApplicationScoped
public class SessionService {
  private static final Logger LOG = Logger.getLogger(SessionService.class);

  @Inject EntityManager em;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject TrackerConfig config;
  @Inject Clock clock;

  /** The outcome of a sign-in; failures are committed (counted and audited), not rolled back. */
  public sealed interface SignIn {
    record Success(String sessionId, String csrfToken, AuthenticatedUser user) implements SignIn {}

    record Refused() implements SignIn {}

    record Locked(long retryAfterSeconds) implements SignIn {}
  }

  @Transactional
  public SignIn signIn(String username, String password) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String name = username.trim().toLowerCase(Locale.ROOT);
    User user =
        em.createQuery("from User u where u.username = :name", User.class)
            .setParameter("name", name)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null) {
      passwords.spendAsMuchTimeAsACheck(password);
      audit.recordFor("LOGIN_FAILED", null, name, null, Map.of("reason", "unknown username"));
      LOG.warnf("Failed sign-in for unknown username '%s'", name);
      return new SignIn.Refused();
    }
    long locked = user.lockedForSeconds(now);
    if (locked > 0) {
      audit.recordFor(
          "LOGIN_FAILED",
          user.getId(),
          name,
          user.getOrganisation().getId(),
          Map.of("reason", "locked"));
      LOG.warnf("Sign-in refused for locked account '%s' (%d s left)", name, locked);
      return new SignIn.Locked(locked);
    }
    if (!passwords.matches(password, user.getPasswordHash()) || !user.isEnabled()) {
      user.recordFailedLogin(now);
      audit.recordFor(
          "LOGIN_FAILED",
          user.getId(),
          name,
          user.getOrganisation().getId(),
          Map.of(
              "reason",
              user.isEnabled() ? "wrong password" : "account disabled",
              "failedLogins",
              user.getFailedLogins()));
      LOG.warnf("Failed sign-in for '%s' (%d in a row)", name, user.getFailedLogins());
      return new SignIn.Refused();
    }
    user.recordLogin(now);
    String sessionId = Secrets.random(32);
    String csrf = Secrets.random(32);
    em.persist(
        new UserSession(
            Secrets.sha256(sessionId), user, csrf, now, config.session().absoluteTimeout()));
    audit.recordFor("LOGIN", user.getId(), name, user.getOrganisation().getId(), null);
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
      audit.record("LOGOUT", "User", session.getUser().getId(), null, null);
    }
  }
}
