package org.improvementtracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Credentials verified in the last few seconds, so that most requests authenticate without a
 * database round trip.
 *
 * <p>Revocation still takes effect at once: whatever ends or narrows a credential (revoking a
 * token, signing out, disabling a user, changing a role or password) clears the cache when its
 * transaction commits, on this server directly and on every other server through PostgreSQL's
 * notification ({@link CredentialChangeListener}). While that listener is not connected, nothing is
 * cached. A verification that started before a clear is not stored after it (the generation check).
 */
@ApplicationScoped
public class CredentialCache {
  /** How long a verified credential is trusted before the database is asked again. */
  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  /** Beyond this many credentials, the cache starts again rather than grow. */
  private static final int MAX_ENTRIES = 10_000;

  @Inject TransactionSynchronizationRegistry transactions;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean enabled;

  private record Entry(SecurityIdentity identity, OffsetDateTime freshUntil, long generation) {}

  /** The identity verified for {@code key} that is still fresh at {@code now}, or null. */
  SecurityIdentity get(String key, OffsetDateTime now) {
    Entry entry = entries.get(key);
    if (entry == null
        || entry.generation() != generation.get()
        || !now.isBefore(entry.freshUntil())) {
      return null;
    }
    return entry.identity();
  }

  /** To be read before verifying a credential, and handed to {@link #put}. */
  long generation() {
    return generation.get();
  }

  /**
   * Keeps an identity verified at {@code now} until {@code validUntil} (the credential's own end)
   * or {@link #FRESH_FOR}, whichever comes first, unless the cache was cleared since {@code
   * generationBefore} was read.
   */
  void put(
      String key,
      SecurityIdentity identity,
      OffsetDateTime now,
      OffsetDateTime validUntil,
      long generationBefore) {
    if (!enabled || generationBefore != generation.get()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    OffsetDateTime fresh = now.plus(FRESH_FOR);
    entries.put(
        key,
        new Entry(identity, validUntil.isBefore(fresh) ? validUntil : fresh, generationBefore));
  }

  /** Forgets every credential: the next request of each is verified against the database. */
  void clear() {
    generation.incrementAndGet();
    entries.clear();
  }

  /**
   * Clears the cache once the current transaction, which changes credentials, has committed. (A
   * clear before the commit would be undone by a request that reads the old rows meanwhile.)
   */
  void clearAfterCommit() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              clear();
            }
          }
        });
  }

  /** Turns caching on (the change listener is connected) or off (it is not). */
  void enable(boolean on) {
    enabled = on;
    clear();
  }
}
