package org.improvementtracker.common;

import java.nio.file.Path;

/**
 * Run in a JVM of its own by {@link EmbeddedDatabaseTest}: starts the embedded database, says so,
 * and waits to be killed, leaving the server behind as a crash of the app would.
 */
public final class OrphanedServer {
  private OrphanedServer() {}

  public static void main(String[] args) throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
    try (var c =
            java.sql.DriverManager.getConnection(
                database.datasourceConfig().get("quarkus.datasource.jdbc.url"), "postgres", "");
        var s = c.createStatement()) {
      s.execute("create table note (body text)");
      s.execute("insert into note values ('acknowledged before the crash')");
    }
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
