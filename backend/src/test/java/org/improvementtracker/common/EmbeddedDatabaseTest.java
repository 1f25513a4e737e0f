package org.improvementtracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code make run} keeps its data between runs: a restart reopens the same database files. */
class EmbeddedDatabaseTest {

  @Test
  void shouldKeepDataAcrossRestarts() throws Exception {
    Path dir = Files.createTempDirectory("tracker-restart");
    EmbeddedDatabase first = EmbeddedDatabase.start(dir);
    try (Connection c = connect(first.datasourceConfig());
        Statement s = c.createStatement()) {
      s.execute("create table note (body text)");
      s.execute("insert into note values ('kept')");
    } finally {
      first.stop();
    }

    EmbeddedDatabase second = EmbeddedDatabase.start(dir);
    try (Connection c = connect(second.datasourceConfig());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select body from note")) {
      rows.next();
      assertEquals("kept", rows.getString(1));
    } finally {
      second.stop();
    }
  }

  @Test
  void shouldRunDurablyUnlessATestAsksForSpeed() throws Exception {
    EmbeddedDatabase durable = EmbeddedDatabase.start(Files.createTempDirectory("tracker-durable"));
    try (Connection c = connect(durable.datasourceConfig())) {
      assertEquals("on", setting(c, "fsync"));
      assertEquals("on", setting(c, "synchronous_commit"));
      assertEquals("on", setting(c, "full_page_writes"));
    } finally {
      durable.stop();
    }
    EmbeddedDatabase fast =
        EmbeddedDatabase.start(
            Files.createTempDirectory("tracker-fast"), EmbeddedDatabase.Durability.FAST_FOR_TESTS);
    try (Connection c = connect(fast.datasourceConfig())) {
      assertEquals("off", setting(c, "fsync"));
    } finally {
      fast.stop();
    }
  }

  @Test
  void shouldStartAfterACrashLeftTheServerRunning() throws Exception {
    Path dir = Files.createTempDirectory("tracker-crash");
    Process app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OrphanedServer.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    try (var out =
        new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("ready")) {
        // the child's start-up log
      }
    }
    app.destroyForcibly().waitFor(); // kill -9: the server it started is left running
    long orphan = EmbeddedDatabase.serverPid(dir).orElseThrow();

    EmbeddedDatabase restarted = EmbeddedDatabase.start(dir);
    try (Connection c = connect(restarted.datasourceConfig());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select body from note")) {
      rows.next();
      assertEquals("acknowledged before the crash", rows.getString(1));
      assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false));
    } finally {
      restarted.stop();
    }
  }

  private static String setting(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("show " + name)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static Connection connect(Map<String, String> config) throws SQLException {
    return DriverManager.getConnection(
        config.get("quarkus.datasource.jdbc.url"),
        config.get("quarkus.datasource.username"),
        config.get("quarkus.datasource.password"));
  }
}
