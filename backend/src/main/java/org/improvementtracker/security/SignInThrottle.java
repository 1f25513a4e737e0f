package org.improvementtracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Failed sign-ins from one client address, or against one username (whether it exists or not, so
 * that the answers do not tell which names are real). After its free failures a key is locked for a
 * time that doubles with each further failure, up to its longest lock. An address runs out of free
 * failures long before a username does, so one stranger is stopped before they can lock someone
 * else's account, and an account lock never lasts long.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  /** How much failing each kind of key is allowed. */
  public enum Policy {
    ADDRESS("address:", 5, Duration.ofSeconds(30), Duration.ofMinutes(15)),
    USERNAME("username:", 20, Duration.ofSeconds(30), Duration.ofMinutes(5));

    final String prefix;
    final int freeFailures;
    final Duration firstLock;
    final Duration longestLock;

    Policy(String prefix, int freeFailures, Duration firstLock, Duration longestLock) {
      this.prefix = prefix;
      this.freeFailures = freeFailures;
      this.firstLock = firstLock;
      this.longestLock = longestLock;
    }

    public String key(String value) {
      return prefix + value;
    }
  }

  /** Failures further apart than this start the count again. */
  static final Duration FORGET_AFTER = Duration.ofMinutes(30);

  @Id private String key;

  private int failures;

  @Column(name = "last_failure_at")
  private OffsetDateTime lastFailureAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected SignInThrottle() {}

  SignInThrottle(String key) {
    this.key = key;
  }

  /** Seconds until this key may try again, or 0 when it is not locked. */
  public long lockedForSeconds(OffsetDateTime now) {
    if (lockedUntil == null || !lockedUntil.isAfter(now)) {
      return 0;
    }
    return Math.max(1, Duration.between(now, lockedUntil).toSeconds());
  }

  public void recordFailure(Policy policy, OffsetDateTime now) {
    if (lastFailureAt != null && lastFailureAt.plus(FORGET_AFTER).isBefore(now)) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    if (failures >= policy.freeFailures) {
      int doublings = Math.min(failures - policy.freeFailures, 20);
      Duration lock = policy.firstLock.multipliedBy(1L << doublings);
      lockedUntil = now.plus(lock.compareTo(policy.longestLock) > 0 ? policy.longestLock : lock);
    }
  }

  public void reset() {
    failures = 0;
    lockedUntil = null;
  }

  public int getFailures() {
    return failures;
  }
}
