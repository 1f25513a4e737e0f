package org.improvementtracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An account. Repeated failed sign-ins lock it for a growing time, so that guessing a password is
 * slow; disabling it or changing its password ends its sessions at once.
 */
@Entity
@Table(name = "app_user")
public class User {
  /** Failures allowed before the account starts locking. */
  static final int FREE_FAILURES = 5;

  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "display_name")
  private String displayName;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean enabled;

  @Column(name = "password_changed_at")
  private OffsetDateTime passwordChangedAt;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "last_login_at")
  private OffsetDateTime lastLoginAt;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Version private long version;

  protected User() {}

  public User(
      String username,
      String displayName,
      Organisation organisation,
      Role role,
      String passwordHash,
      OffsetDateTime now) {
    this.username = username;
    this.displayName = displayName;
    this.organisation = organisation;
    this.role = role;
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.passwordChangedAt = now;
    this.createdAt = now;
  }

  /** Seconds until the account may try again, or 0 when it is not locked. */
  public long lockedForSeconds(OffsetDateTime now) {
    if (lockedUntil == null || !lockedUntil.isAfter(now)) {
      return 0;
    }
    return Math.max(1, Duration.between(now, lockedUntil).toSeconds());
  }

  public void recordFailedLogin(OffsetDateTime now) {
    failedLogins++;
    if (failedLogins >= FREE_FAILURES) {
      int doublings = Math.min(failedLogins - FREE_FAILURES, 10);
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
  }

  public void recordLogin(OffsetDateTime now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void changePassword(String newHash, OffsetDateTime now) {
    passwordHash = newHash;
    // Sessions started before this instant are no longer valid.
    passwordChangedAt = now;
    failedLogins = 0;
    lockedUntil = null;
  }

  public void update(String displayName, Organisation organisation, Role role, boolean enabled) {
    this.displayName = displayName;
    this.organisation = organisation;
    this.role = role;
    this.enabled = enabled;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Role getRole() {
    return role;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public OffsetDateTime getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public OffsetDateTime getLastLoginAt() {
    return lastLoginAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public int getFailedLogins() {
    return failedLogins;
  }
}
