package org.improvementtracker.finding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.improvementtracker.Api.actionBody;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.Api.createAction;
import static org.improvementtracker.Api.priorityId;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FindingResourceTest {

  private static long planId() {
    return api().get("/api/v1/plans").then().extract().jsonPath().getLong("[0].id");
  }

  private long findingId(String gpath) {
    return api().get("/api/v1/findings").then().extract().jsonPath().getLong(gpath);
  }

  @Test
  void shouldFlagFindingsNoActionAnswersUntilOneDoes() {
    // A named area of a new letter: no action answers it yet.
    long area =
        api()
            .body(
                Map.of(
                    "planId",
                    planId(),
                    "source",
                    "Monitoring visit Jun 2023",
                    "summary",
                    "Quality of supervision in the disability team.",
                    "priorityAction",
                    false))
            .post("/api/v1/findings")
            .then()
            .statusCode(201)
            .body("label", equalTo("Quality of supervision in the disability team."))
            .body("answered", equalTo(false))
            .extract()
            .jsonPath()
            .getLong("id");
    api()
        .get("/api/v1/findings?answered=false")
        .then()
        .statusCode(200)
        .body("answered", everyItem(equalTo(false)))
        .body("id", hasItem((int) area));

    Map<String, Object> body = actionBody(priorityId(6), "6.3", "Supervision audit cycle");
    body.put("findingIds", List.of(area));
    long action = createAction(body).jsonPath().getLong("id");

    api()
        .get("/api/v1/findings/" + area)
        .then()
        .statusCode(200)
        .body("answered", equalTo(true))
        .body("actions.ref", hasItem("6.3"));
    api().get("/api/v1/findings?answered=false").then().body("id", not(hasItem((int) area)));

    // An archived action no longer answers anything.
    api().delete("/api/v1/actions/" + action).then().statusCode(204);
    api().get("/api/v1/findings/" + area).then().body("answered", equalTo(false));
  }

  @Test
  void shouldRefuseAFindingThatIsIncompleteOrEnteredTwice() {
    api()
        .body(Map.of("planId", planId(), "source", " ", "summary", ""))
        .post("/api/v1/findings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("source", "summary"));
    api()
        .body(Map.of("planId", 999999, "source", "FDFV Dec 2022", "summary", "x"))
        .post("/api/v1/findings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("planId"));
    // Paragraph 13 of the letter is in the plan already.
    api()
        .body(
            Map.of("planId", planId(), "source", "FDFV Dec 2022", "paragraph", 13, "summary", "x"))
        .post("/api/v1/findings")
        .then()
        .statusCode(409);
    as("viewer")
        .body(Map.of("planId", planId(), "source", "Letter", "summary", "x"))
        .post("/api/v1/findings")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldEditASummary() {
    long para = findingId("find { it.paragraph == 19 }.id");
    api()
        .body(
            Map.of(
                "summary", "Extra-familial harm is not identified early", "priorityAction", false))
        .put("/api/v1/findings/" + para)
        .then()
        .statusCode(200)
        .body("summary", equalTo("Extra-familial harm is not identified early"))
        .body("label", equalTo("para 19"));
    api()
        .body(Map.of("priorityAction", true))
        .put("/api/v1/findings/" + para)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("summary"));
  }

  @Test
  void shouldAnswer404ForUnknownFinding() {
    api().get("/api/v1/findings/424242").then().statusCode(404);
  }
}
