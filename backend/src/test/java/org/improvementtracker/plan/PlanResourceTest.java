package org.improvementtracker.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.priorityId;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

  @Test
  void shouldGetAPlanAndFilterPrioritiesByIt() {
    long plan = api().get("/api/v1/plans").then().extract().jsonPath().getLong("[0].id");
    api().get("/api/v1/plans/" + plan).then().statusCode(200).body("status", equalTo("ACTIVE"));
    api()
        .get("/api/v1/priorities?plan=" + plan)
        .then()
        .statusCode(200)
        .body("[0].planId", equalTo((int) plan))
        .body("[0].effectiveRagCounts", hasKey("NONE"));
    api().get("/api/v1/priorities?plan=987654").then().statusCode(200).body("size()", equalTo(0));
  }

  @Test
  void shouldCountAPriorityByEffectiveRag() {
    long id = priorityId(5);
    api()
        .get("/api/v1/priorities/" + id)
        .then()
        .statusCode(200)
        .body("number", equalTo(5))
        .body("statement", notNullValue())
        .body("effectiveRagCounts.AMBER_E", equalTo(4));
  }

  @Test
  void shouldAnswer404ForUnknownPlanOrPriority() {
    api().get("/api/v1/plans/987654").then().statusCode(404);
    api().get("/api/v1/priorities/987654").then().statusCode(404);
    api().get("/api/v1/priorities?plan=abc").then().statusCode(400);
  }
}
