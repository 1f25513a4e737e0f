package org.improvementtracker.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, unreachable, or no connection to be
 * had from the pool) from a fault of ours: the first is a 503 worth retrying, the second a 500.
 */
public final class DatabaseOutage {
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutage() {}

  public static boolean isCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && unavailable(sql)) {
        return true;
      }
      if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** Connection failures (class 08), server shutting down or crashed (57P0x), pool timeouts. */
  private static boolean unavailable(SQLException e) {
    String state = e.getSQLState();
    if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
      return true;
    }
    String message = e.getMessage();
    return message != null
        && (message.contains("Acquisition timeout")
            || message.contains("connection has been closed"));
  }

  public static String summary(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + LogText.quoted(root.getMessage());
  }
}
