package org.improvementtracker.security;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.SimplePassword;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears PostgreSQL's notice that credentials changed (the triggers of migration V076 send it when a
 * token is revoked, a session ends, or a user or organisation changes, whichever server made the
 * change) and clears {@link CredentialCache}. The cache is on only while this listener is
 * connected: after the database has been away, it starts again empty.
 */
@ApplicationScoped
public class CredentialChangeListener {
  static final String CHANNEL = "tracker_credentials";

  /** The listener's connection, as PostgreSQL's pg_stat_activity names it. */
  static final String APPLICATION_NAME = "tracker-credential-listener";

  private static final Logger LOG = Logger.getLogger(CredentialChangeListener.class);

  /** How often an idle listener checks that its connection is still alive. */
  private static final int CHECK_EVERY_MS = 5_000;

  private static final long RETRY_AFTER_MS = 1_000;

  @Inject AgroalDataSource dataSource;
  @Inject CredentialCache cache;

  private volatile boolean running;
  private Thread thread;

  void onStart(@Observes StartupEvent start) {
    running = true;
    thread = new Thread(this::listen, "credential-change-listener");
    thread.setDaemon(true);
    thread.start();
  }

  void onStop(@Observes ShutdownEvent stop) {
    running = false;
    thread.interrupt();
  }

  private void listen() {
    boolean warned = false;
    while (running) {
      try (Connection connection = connect()) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        PGConnection notifications = connection.unwrap(PGConnection.class);
        cache.enable(true);
        if (warned) {
          LOG.info("Hearing credential changes again");
          warned = false;
        }
        while (running) {
          PGNotification[] received = notifications.getNotifications(CHECK_EVERY_MS);
          if (received != null && received.length > 0) {
            cache.clear();
          } else {
            try (Statement statement = connection.createStatement()) {
              statement.execute("SELECT 1");
            }
          }
        }
      } catch (SQLException e) {
        if (running && !warned) {
          LOG.warnf(
              "Not hearing credential changes (%s): every request is checked against the database"
                  + " until it answers again",
              e.getMessage());
          warned = true;
        }
      } finally {
        cache.enable(false);
      }
      pause();
    }
  }

  /**
   * A connection of its own, outside the pool: it is held for as long as the server runs, and one
   * that breaks must not be handed to a request.
   */
  private Connection connect() throws SQLException {
    AgroalConnectionFactoryConfiguration factory =
        dataSource
            .getConfiguration()
            .connectionPoolConfiguration()
            .connectionFactoryConfiguration();
    Properties properties = new Properties();
    properties.putAll(factory.jdbcProperties());
    if (factory.principal() != null) {
      properties.setProperty("user", factory.principal().getName());
    }
    for (Object credential : factory.credentials()) {
      if (credential instanceof SimplePassword password) {
        properties.setProperty("password", password.getWord());
      }
    }
    properties.setProperty("ApplicationName", APPLICATION_NAME);
    properties.setProperty("tcpKeepAlive", "true");
    return new Driver().connect(factory.jdbcUrl(), properties);
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_AFTER_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
