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
import java.time.OffsetDateTime;

/**
 * An account. Disabling it or changing its password ends its sessions at once; repeated failed
 * sign-ins are throttled by {@link SignInThrottle}.
 */
@Entity
@Table(name = "app_user")
public class User {
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

  public void recordLogin(OffsetDateTime now) {
    lastLoginAt = now;
  }

  public void changePassword(String newHash, OffsetDateTime now) {
    passwordHash = newHash;
    // Sessions started before this instant are no longer valid.
    passwordChangedAt = now;
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
}
