package org.improvementtracker.caseaudit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.workforce.Teams.figuresOf;
import static org.improvementtracker.workforce.Teams.indicatorId;
import static org.improvementtracker.workforce.Teams.newTeam;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Case audits through the API: rules named by field, nothing half-written, and indicators 55-58
 * moving with every change. Each test uses a month of its own in 2019, which no other test uses.
 */
@QuarkusTest
class CaseAuditResourceTest {

  private static Response create(Map<String, Object> body) {
    return api().body(body).post("/api/v1/audits").then().statusCode(201).extract().response();
  }

  @Test
  void shouldComputeIndicators55To58FromTheMonthsAudits() {
    long team = newTeam("Audit team");
    create(Audits.auditBody(team, "2019-01", 5));
    Map<String, Object> late = Audits.auditBody(team, "2019-01", 20);
    late.put("moderatedGrade", "INADEQUATE");
    late.put("grade", "REQUIRES_IMPROVEMENT");
    long lateId = create(late).jsonPath().getLong("id");

    figuresOf(55, "2019-01").then().statusCode(200).body("[0].value", equalTo(2));
    figuresOf(56, "2019-01")
        .then()
        .body("[0].value", equalTo(50))
        .body("[0].numerator", equalTo(1))
        .body("[0].denominator", equalTo(2));
    figuresOf(57, "2019-01").then().body("[0].value", equalTo(50));
    figuresOf(58, "2019-01").then().body("[0].value", equalTo(50));

    // Moderation changes the late audit's grade: 57 and 58 move at once, with a revision.
    Response got = api().get("/api/v1/audits/" + lateId);
    api()
        .header("If-Match", got.header("ETag"))
        .contentType("application/merge-patch+json")
        .body(Map.of("moderatedGrade", "GOOD"))
        .patch("/api/v1/audits/" + lateId)
        .then()
        .statusCode(200)
        .body("moderatedGrade", equalTo("GOOD"))
        .body("completedWithinTimescale", equalTo(false));
    figuresOf(57, "2019-01").then().body("[0].value", equalTo(100));
    api()
        .get("/api/v1/indicators/" + indicatorId(57) + "/values/2019-01/revisions")
        .then()
        .body("[-1].oldValue", equalTo(50))
        .body("[-1].newValue", equalTo(100));
    figuresOf(58, "2019-01").then().body("[0].value", equalTo(0));

    // The derivation names the formula and links the records behind the month.
    api()
        .get("/api/v1/indicators/" + indicatorId(56) + "/derivation")
        .then()
        .statusCode(200)
        .body("formula", containsString("due date"))
        .body("months.find { it.period == '2019-01' }.records.id", hasItem((int) lateId));
  }

  @Test
  void shouldShowNoFigureForAMonthWithoutAudits() {
    long team = newTeam("Audit team");
    long id = create(Audits.auditBody(team, "2019-02", 5)).jsonPath().getLong("id");
    figuresOf(55, "2019-02").then().body("[0].value", equalTo(1));
    String etag = api().get("/api/v1/audits/" + id).header("ETag");
    api().header("If-Match", etag).delete("/api/v1/audits/" + id).then().statusCode(204);
    figuresOf(55, "2019-02").then().statusCode(200).body("size()", equalTo(0));
    figuresOf(56, "2019-02").then().body("size()", equalTo(0));
  }

  @Test
  void shouldRefuseATypedFigureForADerivedIndicator() {
    api()
        .body(Map.of("value", 12, "status", "FINAL"))
        .put("/api/v1/indicators/" + indicatorId(55) + "/values/2019-03")
        .then()
        .statusCode(409)
        .body("detail", containsString("case audits"));
  }

  @Test
  void shouldNameEachWrongFieldAndWriteNothing() {
    long team = newTeam("Audit team");
    Map<String, Object> bad = Audits.auditBody(team, "2019-04", 5);
    bad.put("grade", null);
    bad.put("completedDate", "2019-03-20");
    api()
        .body(bad)
        .post("/api/v1/audits")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("moderatedGrade", "completedDate"));
    for (String personal : List.of("Jane Smith", "JANESMITH", "12/03/2015", "2015-03-12")) {
      Map<String, Object> named = Audits.auditBody(team, "2019-04", 6);
      named.put("caseReference", personal);
      api()
          .body(named)
          .post("/api/v1/audits")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("caseReference"));
    }
    api().get("/api/v1/audits?team=" + team).then().body("totalItems", equalTo(0));
    figuresOf(55, "2019-04").then().body("size()", equalTo(0));
  }

  @Test
  void shouldRequireIfMatchAndRefuseViewers() {
    long team = newTeam("Audit team");
    long id = create(Audits.auditBody(team, "2019-05", 5)).jsonPath().getLong("id");
    api()
        .contentType("application/merge-patch+json")
        .body(Map.of("learning", "More"))
        .patch("/api/v1/audits/" + id)
        .then()
        .statusCode(428);
    as("viewer")
        .body(Audits.auditBody(team, "2019-05", 6))
        .post("/api/v1/audits")
        .then()
        .statusCode(403);
    as("partner")
        .body(Audits.auditBody(team, "2019-05", 6))
        .post("/api/v1/audits")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldListOverdueRecommendationsAcrossAudits() {
    long team = newTeam("Audit team");
    long id = create(Audits.auditBody(team, "2019-06", 5)).jsonPath().getLong("id");
    Response open =
        api()
            .body(
                Map.of(
                    "text", "Update the chronology",
                    "owner", "Team Manager",
                    "dueDate", "2019-07-01"))
            .post("/api/v1/audits/" + id + "/recommendations")
            .then()
            .statusCode(201)
            .body("status", equalTo("OPEN"))
            .body("overdue", equalTo(true))
            .extract()
            .response();
    long rid = open.jsonPath().getLong("id");
    api()
        .get("/api/v1/audit-recommendations?overdue=true")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) rid));
    api().get("/api/v1/audits/" + id).then().body("overdueRecommendations", equalTo(1));

    // Done needs a note of what was done.
    api()
        .header("If-Match", open.header("ETag"))
        .contentType("application/merge-patch+json")
        .body(Map.of("status", "DONE"))
        .patch("/api/v1/audits/" + id + "/recommendations/" + rid)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("completionNote"));
    api()
        .header("If-Match", open.header("ETag"))
        .contentType("application/merge-patch+json")
        .body(Map.of("status", "DONE", "completionNote", "Chronology updated"))
        .patch("/api/v1/audits/" + id + "/recommendations/" + rid)
        .then()
        .statusCode(200)
        .body("overdue", equalTo(false));
    api()
        .get("/api/v1/audit-recommendations?overdue=true")
        .then()
        .body("id", not(hasItem((int) rid)));
  }

  @Test
  void shouldFilterTheListByTeamTypeGradeMonthAndAuditor() {
    long team = newTeam("Audit team");
    create(Audits.auditBody(team, "2019-07", 5));
    Map<String, Object> thematic = Audits.auditBody(team, "2019-08", 5);
    thematic.put("type", "THEMATIC");
    thematic.put("auditor", "Priya Shah");
    thematic.put("grade", "INADEQUATE");
    thematic.put("moderatedGrade", null);
    create(thematic);
    api()
        .get("/api/v1/audits?team=" + team + "&type=THEMATIC&grade=INADEQUATE&auditor=priya")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].moderatedGrade", nullValue());
    api()
        .get("/api/v1/audits?team=" + team + "&month=2019-07")
        .then()
        .body("totalItems", equalTo(1));
  }
}
