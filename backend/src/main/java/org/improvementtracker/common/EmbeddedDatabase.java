package org.improvementtracker.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server run from bundled binaries, for machines that have no database of their
 * own: {@code make run} keeps its data in a directory so that it survives restarts, and tests use a
 * throw-away one. Production points {@code QUARKUS_DATASOURCE_JDBC_URL} at an external server
 * instead.
 */
public final class EmbeddedDatabase {
  private static final String USER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts (or re-opens) the database whose files live in {@code dataDirectory}. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "localhost")
              .start();
      return new EmbeddedDatabase(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /** The datasource settings Quarkus needs to reach this server. */
  public Map<String, String> datasourceConfig() {
    return Map.of(
        "quarkus.datasource.jdbc.url",
        postgres.getJdbcUrl(USER, "postgres"),
        "quarkus.datasource.username",
        USER,
        "quarkus.datasource.password",
        "");
  }

  public void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
