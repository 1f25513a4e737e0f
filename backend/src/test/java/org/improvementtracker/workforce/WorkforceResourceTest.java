package org.improvementtracker.workforce;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.workforce.Teams.figuresOf;
import static org.improvementtracker.workforce.Teams.indicatorId;
import static org.improvementtracker.workforce.Teams.newTeam;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Teams and snapshots through the API: rules named by field, nothing half-written, and indicators
 * 59 and 67 moving with every change. Each test uses a month of its own in 2018, which no other
 * test uses (59 and 67 count every team).
 */
@QuarkusTest
class WorkforceResourceTest {

  private static Map<String, Object> worker(long team, String month, String ref, int children) {
    Map<String, Object> body = new HashMap<>();
    body.put("teamId", team);
    body.put("month", month);
    body.put("workerReference", ref);
    body.put("role", "SOCIAL_WORKER");
    body.put("employment", "PERMANENT");
    body.put("fte", 1);
    body.put("childrenAllocated", children);
    body.put("supervisionsDue", 4);
    body.put("supervisionsInTime", 3);
    return body;
  }

  private static Response post(String path, Map<String, Object> body) {
    return api().body(body).post(path).then().statusCode(201).extract().response();
  }

  @Test
  void shouldComputeIndicator59AndReviseItWhenASnapshotIsCorrected() {
    long team = newTeam("Workforce team");
    post("/api/v1/caseload-snapshots", worker(team, "2018-01", "SW0001", 22));
    post("/api/v1/caseload-snapshots", worker(team, "2018-01", "SW0002", 18));
    Response third = post("/api/v1/caseload-snapshots", worker(team, "2018-01", "SW0003", 12));
    Response manager = post("/api/v1/caseload-snapshots", worker(team, "2018-01", "TM0001", 0));
    api()
        .header("If-Match", manager.header("ETag"))
        .contentType("application/merge-patch+json")
        .body(Map.of("role", "TEAM_MANAGER", "supervisionsDue", 0, "supervisionsInTime", 0))
        .patch("/api/v1/caseload-snapshots/" + manager.jsonPath().getLong("id"))
        .then()
        .statusCode(200);
    figuresOf(59, "2018-01")
        .then()
        .body("[0].value", equalTo(33.3f))
        .body("[0].numerator", equalTo(1))
        .body("[0].denominator", equalTo(3));

    api()
        .header("If-Match", third.header("ETag"))
        .contentType("application/merge-patch+json")
        .body(Map.of("childrenAllocated", 25))
        .patch("/api/v1/caseload-snapshots/" + third.jsonPath().getLong("id"))
        .then()
        .statusCode(200)
        .body("childrenAllocated", equalTo(25));
    figuresOf(59, "2018-01").then().body("[0].value", equalTo(66.7f));
    // The correction is kept like a typed one: the figure it replaced is a revision.
    api()
        .get("/api/v1/indicators/" + indicatorId(59) + "/values/2018-01/revisions")
        .then()
        .statusCode(200)
        .body("[-1].oldValue", equalTo(33.3f))
        .body("[-1].newValue", equalTo(66.7f))
        .body("[-1].changedBy", containsString("workforce snapshots"));

    api()
        .get("/api/v1/workforce/summary?month=2018-01")
        .then()
        .statusCode(200)
        .body("teams.find { it.teamId == " + team + " }.workers", equalTo(4))
        .body("teams.find { it.teamId == " + team + " }.largestCaseload", equalTo(25))
        .body("teams.find { it.teamId == " + team + " }.over20", equalTo(2))
        .body("teams.find { it.teamId == " + team + " }.supervisionInTimePercent", equalTo(75.0f))
        .body(
            "teams.find { it.teamId == " + team + " }.distribution.find { it.from == 21 }.workers",
            equalTo(2));
  }

  @Test
  void shouldComputeVacancyAndWithdrawItWhenTheSnapshotGoes() {
    long team = newTeam("Workforce team");
    Map<String, Object> posts = new HashMap<>();
    posts.put("teamId", team);
    posts.put("month", "2018-02");
    posts.put("establishmentFte", 20);
    posts.put("vacantFte", 4.6);
    posts.put("leaversFte", 1);
    posts.put("agencyFte", 3);
    Response created = post("/api/v1/team-snapshots", posts);
    figuresOf(67, "2018-02").then().body("[0].value", equalTo(23));
    api()
        .header("If-Match", created.header("ETag"))
        .delete("/api/v1/team-snapshots/" + created.jsonPath().getLong("id"))
        .then()
        .statusCode(204);
    figuresOf(67, "2018-02").then().body("size()", equalTo(0));
  }

  @Test
  void shouldNameEachWrongFieldAndWriteNothing() {
    long team = newTeam("Workforce team");
    Map<String, Object> bad = worker(team, "2018-03", "SW0001", 10);
    bad.put("supervisionsInTime", 5);
    api()
        .body(bad)
        .post("/api/v1/caseload-snapshots")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("supervisionsInTime"));
    Map<String, Object> negative = worker(team, "2018-03", "SW0001", 10);
    negative.put("fte", -0.5);
    api()
        .body(negative)
        .post("/api/v1/caseload-snapshots")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("fte"));
    api()
        .body(worker(team, "2018-03", "Jane Smith", 10))
        .post("/api/v1/caseload-snapshots")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("workerReference"));
    Map<String, Object> posts = new HashMap<>();
    posts.put("teamId", team);
    posts.put("month", "2018-03");
    posts.put("establishmentFte", 10);
    posts.put("vacantFte", 12);
    posts.put("leaversFte", -1);
    posts.put("agencyFte", 0);
    api()
        .body(posts)
        .post("/api/v1/team-snapshots")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("leaversFte"));
    posts.put("leaversFte", 0);
    api()
        .body(posts)
        .post("/api/v1/team-snapshots")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("vacantFte"));
    api().get("/api/v1/caseload-snapshots?team=" + team).then().body("totalItems", equalTo(0));
    api().get("/api/v1/team-snapshots?team=" + team).then().body("totalItems", equalTo(0));
    figuresOf(59, "2018-03").then().body("size()", equalTo(0));
  }

  @Test
  void shouldRefuseASecondSnapshotOfTheSameWorkerAndMonth() {
    long team = newTeam("Workforce team");
    post("/api/v1/caseload-snapshots", worker(team, "2018-04", "SW0001", 10));
    api()
        .body(worker(team, "2018-04", "SW0001", 11))
        .post("/api/v1/caseload-snapshots")
        .then()
        .statusCode(409)
        .body("detail", containsString("SW0001"));
  }

  @Test
  void shouldLetOnlyWorkforceWritersWrite() {
    long team = newTeam("Workforce team");
    as("viewer")
        .body(worker(team, "2018-05", "SW0001", 10))
        .post("/api/v1/caseload-snapshots")
        .then()
        .statusCode(403);
    as("performance")
        .body(worker(team, "2018-05", "SW0001", 10))
        .post("/api/v1/caseload-snapshots")
        .then()
        .statusCode(201);
    api().get("/api/v1/teams").then().statusCode(200).body("id", hasItem((int) team));
  }
}
