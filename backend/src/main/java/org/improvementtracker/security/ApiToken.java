package org.improvementtracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A personal token for programs. Only a hash of its secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  private String name;

  @Column(name = "token_hash")
  private String tokenHash;

  /** The first characters of the secret, so that people can tell their tokens apart. */
  private String prefix;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private String[] scopes;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected ApiToken() {}

  ApiToken(
      User user,
      String name,
      String tokenHash,
      String prefix,
      Set<Scope> scopes,
      OffsetDateTime now,
      OffsetDateTime expiresAt) {
    this.user = user;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.scopes = scopes.stream().map(Scope::value).sorted().toArray(String[]::new);
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean isUsable(OffsetDateTime now) {
    return revokedAt == null && now.isBefore(expiresAt) && user.isEnabled();
  }

  /** Records use, at most once a minute. */
  void markUsed(OffsetDateTime now) {
    if (lastUsedAt == null || lastUsedAt.plusMinutes(1).isBefore(now)) {
      lastUsedAt = now;
    }
  }

  void revoke(OffsetDateTime now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Set<Scope> scopes() {
    return Arrays.stream(scopes)
        .map(Scope::of)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }

  public OffsetDateTime getRevokedAt() {
    return revokedAt;
  }
}
