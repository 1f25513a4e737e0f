package org.improvementtracker.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.improvementtracker.common.DatabaseBackup.BackupException;
import org.improvementtracker.common.DatabaseBackup.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code make backup} and {@code make restore}: the plan backed up from a running database comes
 * back whole in an empty embedded data directory and in an empty external database, and a restore
 * never lands on top of data.
 */
@QuarkusTest
class DatabaseBackupTest {

  /** What an operator would look at to recognise their plan. */
  private record PlanSnapshot(
      long actions, long figures, long indicators, String firstActionText, long migrations) {}

  @Test
  void shouldRestoreTheSamePlanIntoAnEmptyDataDirectoryAndAnEmptyDatabase(@TempDir Path work)
      throws Exception {
    Server live = Server.of(datasourceConfig());
    PlanSnapshot before = snapshot(live);
    assertTrue(before.actions() >= 40, "the demo plan is loaded");
    assertTrue(before.figures() > 0, "the demo figures are loaded");

    Path fromLive = work.resolve("backups/live.dump");
    DatabaseBackup.backup(live, fromLive);
    assertTrue(Files.size(fromLive) > 0);

    // Into an empty data directory, as `make restore` does for the embedded database.
    Path dataDirectory = work.resolve("data/postgres");
    DatabaseBackup.restoreEmbedded(dataDirectory, fromLive);
    BackupException refused =
        assertThrows(
            BackupException.class, () -> DatabaseBackup.restoreEmbedded(dataDirectory, fromLive));
    assertThat(refused.getMessage(), containsString("is not empty"));

    // Backed up again while a server runs on it (the app running), then into an empty database.
    Path fromEmbedded = work.resolve("backups/embedded.dump");
    EmbeddedDatabase restored = EmbeddedDatabase.start(dataDirectory);
    try {
      assertEquals(before, snapshot(Server.of(restored.datasourceConfig())));
      DatabaseBackup.backupEmbedded(dataDirectory, fromEmbedded);
    } finally {
      restored.stop();
    }

    String name = "restored_" + System.nanoTime();
    Server empty = newDatabase(live, name);
    DatabaseBackup.restore(empty, fromEmbedded);
    assertEquals(before, snapshot(empty));
    BackupException notEmpty =
        assertThrows(BackupException.class, () -> DatabaseBackup.restore(empty, fromLive));
    assertThat(notEmpty.getMessage(), containsString("is not empty"));
    try (Connection c = connect(live);
        Statement s = c.createStatement()) {
      s.execute("drop database " + name);
    }
  }

  @Test
  void shouldTurnAJdbcUrlIntoLibpqSettingsWithoutThePasswordOnTheCommandLine() {
    var env =
        DatabaseBackup.libpqEnvironment(
            new Server(
                "jdbc:postgresql://db-1:5433,db-2/tracker?sslmode=verify-full&ApplicationName=x",
                "tracker",
                "s3cret"));
    assertEquals("db-1,db-2", env.get("PGHOST"));
    assertEquals("5433,5432", env.get("PGPORT"));
    assertEquals("tracker", env.get("PGDATABASE"));
    assertEquals("verify-full", env.get("PGSSLMODE"));
    assertEquals("tracker", env.get("PGUSER"));
    assertEquals("s3cret", env.get("PGPASSWORD"));
  }

  private static Map<String, String> datasourceConfig() {
    var config = ConfigProvider.getConfig();
    return Map.of(
        "quarkus.datasource.jdbc.url",
        config.getValue("quarkus.datasource.jdbc.url", String.class),
        "quarkus.datasource.username",
        config.getOptionalValue("quarkus.datasource.username", String.class).orElse(""),
        "quarkus.datasource.password",
        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
  }

  private static Server newDatabase(Server live, String name) throws SQLException {
    try (Connection c = connect(live);
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    return new Server(
        live.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + name + "$1"),
        live.user(),
        live.password());
  }

  private static PlanSnapshot snapshot(Server server) throws SQLException {
    try (Connection c = connect(server)) {
      return new PlanSnapshot(
          count(c, "select count(*) from action"),
          count(c, "select count(*) from indicator_value"),
          count(c, "select count(*) from indicator"),
          text(c, "select action_text from action order by id limit 1"),
          count(c, "select count(*) from flyway_schema_history where success"));
    }
  }

  private static Connection connect(Server server) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
  }

  private static long count(Connection c, String sql) throws SQLException {
    return Long.parseLong(text(c, sql));
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
