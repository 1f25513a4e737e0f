package org.improvementtracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A signed-in browser. Held server-side so that signing out ends it at once. */
@Entity
@Table(name = "user_session")
public class UserSession {

  @Id
  @Column(name = "id_hash")
  private String idHash;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(name = "csrf_token")
  private String csrfToken;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "last_seen_at")
  private OffsetDateTime lastSeenAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  protected UserSession() {}

  UserSession(
      String idHash, User user, String csrfToken, OffsetDateTime now, Duration absoluteTimeout) {
    this.idHash = idHash;
    this.user = user;
    this.csrfToken = csrfToken;
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = now.plus(absoluteTimeout);
  }

  /**
   * Whether the session still stands: not ended, within both timeouts, and its user still enabled
   * with the password the session was started under.
   */
  boolean isValid(OffsetDateTime now, Duration idleTimeout) {
    return endedAt == null
        && now.isBefore(expiresAt)
        && now.isBefore(lastSeenAt.plus(idleTimeout))
        && user.isEnabled()
        && !user.getPasswordChangedAt().isAfter(createdAt);
  }

  /** When the session ends if it stays idle: its absolute end or its idle timeout, the earlier. */
  OffsetDateTime validUntil(Duration idleTimeout) {
    OffsetDateTime idleEnd = lastSeenAt.plus(idleTimeout);
    return idleEnd.isBefore(expiresAt) ? idleEnd : expiresAt;
  }

  /** Records activity, at most once a minute so that reads do not each cost a write. */
  void touch(OffsetDateTime now) {
    if (lastSeenAt.plusMinutes(1).isBefore(now)) {
      lastSeenAt = now;
    }
  }

  void end(OffsetDateTime now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  public User getUser() {
    return user;
  }

  public String getCsrfToken() {
    return csrfToken;
  }

  public String getIdHash() {
    return idHash;
  }
}
