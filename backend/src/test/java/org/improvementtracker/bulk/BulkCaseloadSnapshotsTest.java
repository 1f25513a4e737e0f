package org.improvementtracker.bulk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.workforce.Teams.figuresOf;
import static org.improvementtracker.workforce.Teams.indicatorId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A month of workers' caseloads in one upload, through the real HTTP API: each row checked as a
 * single snapshot is, all or nothing, the derived indicators recomputed once per batch, dry run,
 * idempotency key and revert. Each test uses a month of 2016 of its own: indicator 59 counts every
 * team.
 */
@QuarkusTest
class BulkCaseloadSnapshotsTest {
  private static final String URL = "/api/v1/bulk/caseload-snapshots";
  private static final String HEADER =
      "team,month,workerReference,role,employment,fte,childrenAllocated,supervisionsDue,"
          + "supervisionsInTime\n";

  private static String team() {
    return BulkUploads.newTeamCode("Bulk caseload team");
  }

  private static ValidatableResponse csv(String csv, String query) {
    return BulkUploads.csv(URL + query, csv);
  }

  private static String rows(String team, String month, int... children) {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < children.length; i++) {
      file.append(team)
          .append(',')
          .append(month)
          .append(",SW10")
          .append(i)
          .append(",SOCIAL_WORKER,PERMANENT,1,")
          .append(children[i])
          .append(",4,3\n");
    }
    return file.toString();
  }

  private static List<Map<String, Object>> snapshots(String month) {
    return api()
        .get("/api/v1/caseload-snapshots?month=" + month + "&size=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void shouldEnterAMonthAndComputeTheDerivedIndicatorOnceForTheBatch() {
    String team = team();
    csv(rows(team, "2016-01", 25, 22, 10), "")
        .statusCode(200)
        .body("kind", equalTo("caseload-snapshots"))
        .body("created", equalTo(3));
    figuresOf(59, "2016-01").then().body("[0].value", equalTo(66.7f));
    // One computation for the whole batch: no intermediate figure was written and then corrected.
    api()
        .get("/api/v1/indicators/" + indicatorId(59) + "/values/2016-01/revisions")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));

    csv(rows(team, "2016-01", 25, 12, 10), "")
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(2));
    figuresOf(59, "2016-01").then().body("[0].value", equalTo(33.3f));
  }

  @Test
  void shouldWriteNothingWhenOneRowBreaksASnapshotRule() {
    String team = team();
    String file =
        rows(team, "2016-02", 25, 22)
            + team
            + ",2016-02,SW200,SOCIAL_WORKER,PERMANENT,1,5,2,3\n"
            + team
            + ",2016-02,Jane Smith,SOCIAL_WORKER,PERMANENT,1.5,5,2,1\n"
            + "NOSUCH,2016-02,SW300,SOCIAL_WORKER,PERMANENT,1,5,2,1\n";
    JsonPath refused = csv(file, "").statusCode(422).extract().jsonPath();
    assertEquals(3, refused.getInt("rejected"));
    assertEquals(List.of(4, 5, 5, 6), refused.getList("errors.line"));
    assertEquals(
        List.of("supervisionsInTime", "fte", "workerReference", "team"),
        refused.getList("errors.column"));
    assertThat(refused.getString("errors[2].reason"), containsString("not a name"));
    assertEquals(List.of(), snapshots("2016-02"), "nothing written: not even the good rows");
    figuresOf(59, "2016-02").then().body("size()", equalTo(0));
  }

  @Test
  void shouldAnswerADryRunExactlyAsTheRealRunWithoutWriting() {
    String file = rows(team(), "2016-03", 25, 5);
    Map<String, Object> dry = csv(file, "?dryRun=true").statusCode(200).extract().path("");
    assertEquals(List.of(), snapshots("2016-03"));
    Map<String, Object> real = csv(file, "").statusCode(200).extract().path("");
    real.put("batchId", null);
    assertEquals(dry, real);
    assertEquals(2, snapshots("2016-03").size());
  }

  @Test
  void shouldRevertABatchAndRefuseWhenASnapshotChangedSince() {
    String team = team();
    long first =
        csv(rows(team, "2016-04", 25, 22, 10), "")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("batchId");
    long second =
        csv(rows(team, "2016-04", 25, 12, 10), "")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("batchId");
    as("performance")
        .post("/api/v1/bulk/batches/" + first + "/revert")
        .then()
        .statusCode(409)
        .body("detail", containsString("SW101"));
    as("performance").get("/api/v1/bulk/batches/" + first).then().body("revertedAt", nullValue());

    as("performance").post("/api/v1/bulk/batches/" + second + "/revert").then().statusCode(200);
    assertEquals(
        22,
        snapshots("2016-04").stream()
            .filter(s -> s.get("workerReference").equals("SW101"))
            .findFirst()
            .orElseThrow()
            .get("childrenAllocated"));
    figuresOf(59, "2016-04").then().body("[0].value", equalTo(66.7f));
    as("performance").post("/api/v1/bulk/batches/" + first + "/revert").then().statusCode(200);
    assertEquals(List.of(), snapshots("2016-04"));
    figuresOf(59, "2016-04").then().body("size()", equalTo(0));
  }

  @Test
  void shouldReturnTheFirstResultForARepeatedKey() {
    Map<String, Object> first = BulkUploads.sendTwiceWithOneKey(URL, rows(team(), "2016-05", 25));
    assertEquals(1, first.get("created"));
    assertEquals(1, snapshots("2016-05").size(), "the repeat wrote nothing");
  }
}
