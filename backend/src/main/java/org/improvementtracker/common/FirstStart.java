package org.improvementtracker.common;

import jakarta.persistence.EntityManager;

/**
 * Several servers may start at the same moment on one new database (a first deployment of two
 * replicas). The setup that runs when the database is empty (demo data, the admin account) holds
 * this lock for its transaction, so one server does it and the others, waiting, find it done.
 */
public final class FirstStart {
  /** One key for every server of the app: "tracker" in ASCII. */
  private static final long LOCK_KEY = 0x74_72_61_63_6b_65_72L;

  private FirstStart() {}

  /** Waits for any other server's setup to commit; released when the caller's transaction ends. */
  public static void lock(EntityManager em) {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:key)) locked")
        .setParameter("key", LOCK_KEY)
        .getSingleResult();
  }
}
