package org.improvementtracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The throttle rows of a sign-in, created on first use and locked for the sign-in's transaction.
 */
@ApplicationScoped
public class SignInThrottles {

  @Inject EntityManager em;

  /** The row for {@code key}, locked until commit so that concurrent failures all count. */
  SignInThrottle lock(SignInThrottle.Policy policy, String value) {
    String key = policy.key(value);
    em.createNativeQuery("insert into sign_in_throttle (key) values (?1) on conflict do nothing")
        .setParameter(1, key)
        .executeUpdate();
    return em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
  }
}
