package org.improvementtracker;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SELECTs Hibernate sends, so that tests can hold each endpoint to a fixed number of
 * queries whatever the size of the data. Tests run one at a time, so a count taken around one
 * request is that request's.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {
  private static final AtomicInteger SELECTS = new AtomicInteger();

  @Override
  public String inspect(String sql) {
    String start = sql.stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("select") || start.startsWith("with")) {
      SELECTS.incrementAndGet();
    }
    return sql;
  }

  /** The SELECTs {@code request} caused. */
  public static int selectsDuring(Runnable request) {
    int before = SELECTS.get();
    request.run();
    return SELECTS.get() - before;
  }
}
