package org.improvementtracker.bulk;

import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.improvementtracker.workforce.Teams;

/** Uploads as the performance team's scripts send them, for the tests of each kind. */
final class BulkUploads {
  private BulkUploads() {}

  /** A new team's code, for snapshot rows, which name teams by code. */
  static String newTeamCode(String name) {
    long id = Teams.newTeam(name);
    return api()
        .get("/api/v1/teams")
        .then()
        .extract()
        .jsonPath()
        .getString("find { it.id == " + id + " }.code");
  }

  /** A count straight from the database, for what the API does not show (audit entries). */
  static int count(AgroalDataSource dataSource, String sql, Object param) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, param);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static ValidatableResponse csv(String url, String csv) {
    return as("performance").contentType("text/csv").body(csv).post(url).then();
  }

  private static ValidatableResponse withKey(String url, String key, String csv) {
    return as("performance")
        .contentType("text/csv")
        .header("Idempotency-Key", key)
        .body(csv)
        .post(url)
        .then();
  }

  /**
   * Sends the file twice with one fresh Idempotency-Key, as a script retrying after a lost answer
   * does, and checks that the second answer is the first one replayed; returns it.
   */
  static Map<String, Object> sendTwiceWithOneKey(String url, String csv) {
    String key = UUID.randomUUID().toString();
    Map<String, Object> first = withKey(url, key, csv).statusCode(200).extract().path("");
    Map<String, Object> again =
        withKey(url, key, csv)
            .statusCode(200)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("");
    assertEquals(first, again);
    return first;
  }
}
