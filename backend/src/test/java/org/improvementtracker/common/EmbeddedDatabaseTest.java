package org.improvementtracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  private static Connection connect(Map<String, String> config) throws SQLException {
    return DriverManager.getConnection(
        config.get("quarkus.datasource.jdbc.url"),
        config.get("quarkus.datasource.username"),
        config.get("quarkus.datasource.password"));
  }
}
