package org.improvementtracker;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.time.Duration;
import org.improvementtracker.common.EmbeddedDatabase;
import org.jboss.logging.Logger;

/**
 * Starts the server. Without {@code QUARKUS_DATASOURCE_JDBC_URL} it first starts an embedded
 * PostgreSQL whose files live in {@code $DATA_DIR/postgres} (default {@code ./data}), so one
 * command runs everything on a machine that has only a JDK.
 */
@QuarkusMain
public class Main {
  private static final Logger LOG = Logger.getLogger(Main.class);

  public static void main(String... args) {
    // One line of JSON per log record, for log collectors (quarkus-logging-json).
    System.setProperty(
        "quarkus.log.console.json.enabled",
        Boolean.toString("json".equalsIgnoreCase(envOr("LOG_FORMAT", "text"))));
    if (externalDatabaseUrl() == null) {
      if (!embeddedDatabaseIncluded()) {
        // Logging is not set up before Quarkus starts: say it on standard error.
        System.err.println(
            "No QUARKUS_DATASOURCE_JDBC_URL set, and this build has no embedded PostgreSQL:"
                + " point QUARKUS_DATASOURCE_JDBC_URL (and _USERNAME, _PASSWORD) at your database");
        System.exit(2);
      }
      Path dataDir = Path.of(envOr("DATA_DIR", "data")).toAbsolutePath().resolve("postgres");
      LOG.infof("No QUARKUS_DATASOURCE_JDBC_URL set: starting embedded PostgreSQL in %s", dataDir);
      EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
      database.datasourceConfig().forEach(System::setProperty);
      // If the server dies, start it again: the app answers 503 meanwhile, then carries on.
      database.watch(Duration.ofSeconds(2));
    }
    Quarkus.run(args);
  }

  /** Builds for an external database (the Docker image) leave the embedded server out. */
  private static boolean embeddedDatabaseIncluded() {
    try {
      Class.forName(
          "io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
          false,
          Main.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String externalDatabaseUrl() {
    String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    return url != null && !url.isBlank() ? url : System.getProperty("quarkus.datasource.jdbc.url");
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
