package org.improvementtracker.bulk;

import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
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
