package org.improvementtracker.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.actionBody;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.createAction;
import static org.improvementtracker.Api.newAction;
import static org.improvementtracker.Api.priorityId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionResourceTest {

  @Test
  void shouldCreateAnActionWithLocationAndETag() {
    Map<String, Object> body = actionBody(priorityId(3), "3.12", "Run a practice week");
    body.put("leads", List.of("PIL", "QA Lead"));
    body.put("dueDate", "2030-06-30");
    body.put("dueWording", "June 30");
    Response created = createAction(body);
    long id = created.jsonPath().getLong("id");
    org.hamcrest.MatcherAssert.assertThat(
        created.header("Location"), endsWith("/api/v1/actions/" + id));
    org.hamcrest.MatcherAssert.assertThat(created.header("ETag"), equalTo("\"0\""));

    api()
        .get("/api/v1/actions/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("ref", equalTo("3.12"))
        .body("priorityNumber", equalTo(3))
        .body("leads", contains("PIL", "QA Lead"))
        .body("dueDate", equalTo("2030-06-30"))
        .body("rag", nullValue())
        .body("effectiveRag", nullValue())
        .body("overdue", equalTo(false))
        .body("progressUpdateCount", equalTo(0));
  }

  @Test
  void shouldRejectInvalidActionNamingEachField() {
    api()
        .body(Map.of("ref", "two", "priorityId", 999999, "leads", List.of(" ")))
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("action", "leads[0]", "ref"))
        .body(
            "errors.find { it.field == 'ref' }.message",
            equalTo("must be a reference such as 2.6"));
  }

  @Test
  void shouldRejectUnknownPriorityAndFindingAsFieldErrors() {
    Map<String, Object> body = actionBody(999999, "2.1", "x");
    api()
        .body(body)
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("priorityId"));

    body = actionBody(priorityId(2), "2.1", "x");
    body.put("findingIds", List.of(999999));
    api()
        .body(body)
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("findingIds[0]"))
        .body("errors[0].message", containsString("no finding"));
  }

  @Test
  void shouldReplaceOnlyWithTheCurrentETag() {
    Response created = createAction(actionBody(priorityId(2), "2.11", "Original wording"));
    long id = created.jsonPath().getLong("id");
    Map<String, Object> body = actionBody(priorityId(2), "2.11", "Revised wording");

    api().body(body).put("/api/v1/actions/" + id).then().statusCode(428);

    String etag =
        api()
            .header("If-Match", "\"0\"")
            .body(body)
            .put("/api/v1/actions/" + id)
            .then()
            .statusCode(200)
            .body("action", equalTo("Revised wording"))
            .extract()
            .header("ETag");
    org.hamcrest.MatcherAssert.assertThat(etag, equalTo("\"1\""));

    // A second editor still holding version 0 is told, and nothing is overwritten.
    body.put("action", "Stale edit");
    api()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/actions/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("detail", containsString("\"1\""));
    api().get("/api/v1/actions/" + id).then().body("action", equalTo("Revised wording"));
  }

  @Test
  void shouldPatchSomeFieldsWithMergePatch() {
    long id = newAction("Patch me");
    api()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"0\"")
        .body(Map.of("impact", "Children are seen sooner", "dueDate", "2031-01-31"))
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("impact", equalTo("Children are seen sooner"))
        .body("dueDate", equalTo("2031-01-31"))
        .body("action", equalTo("Patch me"));

    // null removes an optional field; fields outside the row (such as rag) are refused.
    java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
    clear.put("dueDate", null);
    api()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"1\"")
        .body(clear)
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(200)
        .body("dueDate", nullValue());
    api()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"2\"")
        .body(Map.of("rag", "GREEN"))
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rag"));
    api()
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"2\"")
        .body(Map.of("ref", "abc"))
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ref"));
  }

  @Test
  void shouldRefuseARagProposalOnAnArchivedAction() {
    long id = newAction("Archived before anyone proposed");
    api().delete("/api/v1/actions/" + id).then().statusCode(204);
    api()
        .body(Map.of("rag", "AMBER", "reason", "Work has started"))
        .post("/api/v1/actions/" + id + "/rag-proposals")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("archived"));
    api().get("/api/v1/actions/" + id + "/rag-proposals").then().body("size()", equalTo(0));
  }

  @Test
  void shouldArchiveAndStillListArchivedRows() {
    long id = newAction("To be archived");
    api().delete("/api/v1/actions/" + id).then().statusCode(204);
    api()
        .get("/api/v1/actions/" + id)
        .then()
        .statusCode(200)
        .body("archived", equalTo(true))
        .body("archivedAt", notNullValue());
    api().get("/api/v1/actions?q=To be archived").then().body("totalItems", equalTo(0));
    api()
        .get("/api/v1/actions?archived=true&q=To be archived")
        .then()
        .body("items.id", contains((int) id));
    api()
        .body(Map.of("rag", "AMBER", "reason", "x"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(409);
  }

  @Test
  void shouldRecordProgressAndBumpTheETag() {
    long id = newAction("Evidence me");
    api()
        .body(Map.of("date", "2023-05-01", "text", "Audit of 20 cases shows improvement"))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(201)
        .body("date", equalTo("2023-05-01"))
        .body("author", notNullValue());
    api()
        .body(Map.of("text", "Second update"))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(201)
        .body("date", equalTo(LocalDate.now().toString()));
    api()
        .get("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(200)
        .body("text", contains("Audit of 20 cases shows improvement", "Second update"));
    api()
        .get("/api/v1/actions/" + id)
        .then()
        .header("ETag", "\"2\"")
        .body("progressUpdateCount", equalTo(2))
        .body("latestProgressUpdate.text", equalTo("Second update"));
  }

  @Test
  void shouldRejectEmptyOrFutureProgress() {
    long id = newAction("Bad evidence");
    api()
        .body(Map.of("date", LocalDate.now().plusDays(3).toString(), "text", " "))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(400)
        .body("errors.field", contains("date", "text"));
    api().get("/api/v1/actions/" + id + "/progress-updates").then().body("", hasSize(0));
  }

  @Test
  void shouldRefuseGreenWithoutEvidenceThenAllowItWithEvidence() {
    long id = newAction("Rate me");
    api()
        .body(Map.of("rag", "GREEN", "reason", "Looks done"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/rule-violation"))
        .body("detail", containsString("progress update"));

    api()
        .body(Map.of("rag", "AMBER"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));

    api()
        .body(Map.of("rag", "AMBER", "reason", "Work started"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("rag", equalTo("AMBER"));
    api()
        .body(Map.of("text", "Dip sample of 10 cases: all strategy meetings held in time"))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(201);
    api()
        .body(Map.of("rag", "GREEN", "reason", "Dip sample evidences the change"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200)
        .body("rag", equalTo("GREEN"));

    api()
        .get("/api/v1/actions/" + id + "/rag-history")
        .then()
        .statusCode(200)
        .body("from", contains(null, "AMBER"))
        .body("to", contains("AMBER", "GREEN"))
        .body("reason", contains("Work started", "Dip sample evidences the change"))
        .body("changedBy", hasSize(2))
        .body("changedAt", hasSize(2));
  }

  @Test
  void shouldAnswer404ForUnknownActions() {
    api()
        .get("/api/v1/actions/987654")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("Action 987654 does not exist"));
    api().get("/api/v1/actions/987654/rag-history").then().statusCode(404);
    api()
        .body(Map.of("text", "x"))
        .post("/api/v1/actions/987654/progress-updates")
        .then()
        .statusCode(404);
  }
}
