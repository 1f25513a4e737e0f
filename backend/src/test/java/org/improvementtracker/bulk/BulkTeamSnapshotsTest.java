package org.improvementtracker.bulk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.workforce.Teams.figuresOf;
import static org.improvementtracker.workforce.Teams.indicatorId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A month of team snapshots in one upload, through the real HTTP API: each row checked as a single
 * snapshot is, all or nothing, the vacancy rate (indicator 67) recomputed once per batch, dry run,
 * idempotency key and revert. Each test uses a month of 2016 of its own: 67 counts every team.
 */
@QuarkusTest
class BulkTeamSnapshotsTest {
  private static final String URL = "/api/v1/bulk/team-snapshots";
  private static final String HEADER =
      "team,month,establishmentFte,vacantFte,leaversFte,agencyFte\n";

  private static String team() {
    return BulkUploads.newTeamCode("Bulk team snapshot team");
  }

  /** Two new teams' rows for the month: 5 posts with 1 vacant, and 3 with {@code vacant}. */
  private static String rows(String month, String vacant) {
    return HEADER
        + team()
        + ","
        + month
        + ",5,1,0,0.5\n"
        + team()
        + ","
        + month
        + ",3,"
        + vacant
        + ",1,0\n";
  }

  private static List<Object> snapshots(String month) {
    return api()
        .get("/api/v1/team-snapshots?month=" + month)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void shouldEnterAMonthAndComputeTheVacancyRateOnceForTheBatch() {
    String file = rows("2016-07", "0");
    BulkUploads.csv(URL, file).statusCode(200).body("created", equalTo(2));
    figuresOf(67, "2016-07").then().body("[0].value", equalTo(12.5f));
    api()
        .get("/api/v1/indicators/" + indicatorId(67) + "/values/2016-07/revisions")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    BulkUploads.csv(URL, file.replace(",3,0,", ",3,1,"))
        .statusCode(200)
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1));
    figuresOf(67, "2016-07").then().body("[0].value", equalTo(25));
  }

  @Test
  void shouldWriteNothingWhenOneRowBreaksASnapshotRule() {
    JsonPath refused =
        BulkUploads.csv(URL, rows("2016-08", "4") + team() + ",2016-08,five,0,0,0\n")
            .statusCode(422)
            .extract()
            .jsonPath();
    assertEquals(List.of(3, 4), refused.getList("errors.line"));
    assertEquals(List.of("vacantFte", "establishmentFte"), refused.getList("errors.column"));
    assertThat(refused.getString("errors[0].reason"), containsString("establishmentFte"));
    assertEquals(List.of(), snapshots("2016-08"), "nothing written: not even the good row");
  }

  @Test
  void shouldAnswerADryRunExactlyAsTheRealRunAndRevert() {
    String file = rows("2016-09", "0");
    Map<String, Object> dry = BulkUploads.csv(URL + "?dryRun=true", file).extract().path("");
    assertEquals(List.of(), snapshots("2016-09"));
    Map<String, Object> real = BulkUploads.csv(URL, file).statusCode(200).extract().path("");
    long batch = ((Number) real.put("batchId", null)).longValue();
    assertEquals(dry, real);

    long later =
        BulkUploads.csv(URL, file.replace(",3,0,", ",3,2,"))
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("batchId");
    as("performance").post("/api/v1/bulk/batches/" + batch + "/revert").then().statusCode(409);
    as("performance").post("/api/v1/bulk/batches/" + later + "/revert").then().statusCode(200);
    figuresOf(67, "2016-09").then().body("[0].value", equalTo(12.5f));
    as("performance").post("/api/v1/bulk/batches/" + batch + "/revert").then().statusCode(200);
    assertEquals(List.of(), snapshots("2016-09"));
    figuresOf(67, "2016-09").then().body("size()", equalTo(0));
  }

  @Test
  void shouldReturnTheFirstResultForARepeatedKey() {
    Map<String, Object> first = BulkUploads.sendTwiceWithOneKey(URL, rows("2016-10", "0"));
    assertEquals(2, first.get("created"));
    assertEquals(2, snapshots("2016-10").size(), "the repeat wrote nothing");
  }
}
