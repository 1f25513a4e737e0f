package org.improvementtracker;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.improvementtracker.common.DatabaseBackup;
import org.improvementtracker.common.DatabaseBackup.BackupException;
import org.improvementtracker.common.DatabaseBackup.Server;
import org.improvementtracker.common.EmbeddedDatabase;
import org.improvementtracker.common.RequestGuard;
import org.jboss.logging.Logger;

/**
 * Starts the server. Without {@code QUARKUS_DATASOURCE_JDBC_URL} it first starts an embedded
 * PostgreSQL whose files live in {@code $DATA_DIR/postgres} (default {@code ./data}), so one
 * command runs everything on a machine that has only a JDK.
 *
 * <p>{@code backup FILE} and {@code restore FILE} back the database up (embedded or external) into
 * a {@code pg_dump} file and restore one into an empty database, then exit (see {@link
 * DatabaseBackup}).
 */
@QuarkusMain
public class Main {
  private static final Logger LOG = Logger.getLogger(Main.class);

  public static void main(String... args) {
    // One line of JSON per log record, for log collectors (quarkus-logging-json).
    System.setProperty(
        "quarkus.log.console.json.enabled",
        Boolean.toString("json".equalsIgnoreCase(envOr("LOG_FORMAT", "text"))));
    // RequestGuard checks each address and refuses a malformed one with a problem document;
    // Quarkus's own check, before any handler, would answer an empty 400.
    System.setProperty(RequestGuard.DISABLE_URI_VALIDATION, "true");
    if (args.length > 0 && List.of("backup", "restore").contains(args[0])) {
      System.exit(backupOrRestore(args));
    }
    if (externalDatabaseUrl() == null) {
      if (!embeddedDatabaseIncluded()) {
        // Logging is not set up before Quarkus starts: say it on standard error.
        System.err.println(
            "No QUARKUS_DATASOURCE_JDBC_URL set, and this build has no embedded PostgreSQL:"
                + " point QUARKUS_DATASOURCE_JDBC_URL (and _USERNAME, _PASSWORD) at your database");
        System.exit(2);
      }
      Path dataDir = embeddedDataDirectory();
      LOG.infof("No QUARKUS_DATASOURCE_JDBC_URL set: starting embedded PostgreSQL in %s", dataDir);
      EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
      database.datasourceConfig().forEach(System::setProperty);
      // If the server dies, start it again: the app answers 503 meanwhile, then carries on.
      database.watch(Duration.ofSeconds(2));
    }
    Quarkus.run(args);
  }

  /** {@code backup FILE} or {@code restore FILE}: the process's exit code. */
  private static int backupOrRestore(String... args) {
    if (args.length != 2) {
      System.err.println("Usage: java -jar quarkus-run.jar backup|restore FILE");
      return 2;
    }
    boolean backup = args[0].equals("backup");
    Path file = Path.of(args[1]);
    String url = externalDatabaseUrl();
    if (url == null && !embeddedDatabaseIncluded()) {
      System.err.println("No QUARKUS_DATASOURCE_JDBC_URL set: which database should it use?");
      return 2;
    }
    try {
      if (url != null) {
        Server server =
            new Server(
                url,
                System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
        if (backup) {
          DatabaseBackup.backup(server, file);
        } else {
          DatabaseBackup.restore(server, file);
        }
      } else if (backup) {
        DatabaseBackup.backupEmbedded(embeddedDataDirectory(), file);
      } else {
        DatabaseBackup.restoreEmbedded(embeddedDataDirectory(), file);
      }
    } catch (BackupException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    System.out.println((backup ? "Backed up into " : "Restored from ") + file.toAbsolutePath());
    return 0;
  }

  private static Path embeddedDataDirectory() {
    return Path.of(envOr("DATA_DIR", "data")).toAbsolutePath().resolve("postgres");
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
