package org.improvementtracker.finding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.improvementtracker.Api.actionBody;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.createAction;
import static org.improvementtracker.Api.priorityId;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FindingResourceTest {

  private long findingId(String gpath) {
    return api().get("/api/v1/findings").then().extract().jsonPath().getLong(gpath);
  }

  @Test
  void shouldFlagFindingsNoActionAnswersUntilOneDoes() {
    long area = findingId("find { it.summary == 'Quality of supervision.' }.id");
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
