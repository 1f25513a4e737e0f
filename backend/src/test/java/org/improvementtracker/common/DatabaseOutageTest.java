package org.improvementtracker.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.improvementtracker.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The database process dies under the running app: callers get a 503 problem with Retry-After
 * (never a 500), the server is started again, and the app answers within 30 s without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

  private static Path dataDirectory() throws Exception {
    var config = ConfigProvider.getConfig();
    try (Connection c =
            DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class), "postgres", "");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("show data_directory")) {
      rows.next();
      return Path.of(rows.getString(1));
    }
  }

  @Test
  void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutARestart() throws Exception {
    api().get("/api/v1/plans").then().statusCode(200);
    long pid = EmbeddedDatabase.serverPid(dataDirectory()).orElseThrow();
    new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();

    List<Integer> statuses = new ArrayList<>();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    int status = 0;
    while (status != 200 && Instant.now().isBefore(deadline)) {
      Response response = api().get("/api/v1/plans");
      status = response.statusCode();
      statuses.add(status);
      if (status == 503) {
        response
            .then()
            .contentType("application/problem+json")
            .header("Retry-After", equalTo("5"))
            .body("status", equalTo(503));
      }
      Thread.sleep(200);
    }
    assertThat("answered again within 30 s: " + statuses, status, is(200));
    assertThat(statuses, hasItem(503));
    statuses.forEach(s -> assertThat(s, isIn(List.of(200, 503))));
  }
}
