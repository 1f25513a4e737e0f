package org.improvementtracker.bulk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.actionBody;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.Api.createAction;
import static org.improvementtracker.Api.priorityId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The month's RAG ratings and evidence in one upload, through the real HTTP API: the action's own
 * rules per row, all or nothing, dry run, idempotency key and revert.
 */
@QuarkusTest
class BulkActionUpdatesTest {
  private static final AtomicInteger REFS = new AtomicInteger(900);
  private static final String URL = "/api/v1/bulk/action-updates";

  /** A new action of the demo plan rated AMBER, with a reference no other action has. */
  private static Action action() {
    String ref = "2." + REFS.incrementAndGet();
    long id =
        createAction(actionBody(priorityId(2), ref, "Bulk test action " + ref))
            .jsonPath()
            .getLong("id");
    api()
        .body(Map.of("rag", "AMBER", "reason", "Work has started"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200);
    return new Action(id, ref);
  }

  private record Action(long id, String ref) {}

  /** The upload's address for the demo plan: other tests add plans. */
  private static String url() {
    return URL + "?plan=" + BulkIndicatorValuesTest.demoPlan();
  }

  private static ValidatableResponse csv(String csv, String query) {
    return BulkUploads.csv(url() + query.replace('?', '&'), csv);
  }

  private static String rag(Action action) {
    return api().get("/api/v1/actions/" + action.id()).then().extract().path("rag");
  }

  private static List<String> updates(Action action) {
    return api()
        .get("/api/v1/actions/" + action.id() + "/progress-updates")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("text");
  }

  @Test
  void shouldRecordUpdatesAndRatingsByReferenceOrIdAndCountEvidenceInTheSameRow() {
    Action byRef = action();
    Action byId = action();
    String file =
        "action,rag,reason,update,date\n"
            + byRef.ref()
            + ",GREEN,Audits show the change is embedded,April audit: 9 of 10 good,2023-04-28\n"
            + byId.id()
            + ",AMBER_E,Training delivered,All 40 staff trained,2023-04-20\n";
    // Both ratings rest on evidence recorded in the same row (Green and Amber E need some).
    csv(file, "")
        .statusCode(200)
        .body("kind", equalTo("action-updates"))
        .body("created", equalTo(2))
        .body("updated", equalTo(0))
        .body("rejected", equalTo(0));
    assertEquals("GREEN", rag(byRef), "the row's own update is the evidence GREEN needs");
    assertEquals(List.of("April audit: 9 of 10 good"), updates(byRef));
    assertEquals("AMBER_E", rag(byId));
    api()
        .get("/api/v1/actions/" + byRef.id() + "/rag-history")
        .then()
        .body("reason", hasItems("Audits show the change is embedded"));
    // Sent again, the rows restate what is recorded: nothing new, no second copy of the evidence.
    csv(file, "").statusCode(200).body("unchanged", equalTo(2)).body("created", equalTo(0));
    assertEquals(1, updates(byRef).size());
  }

  @Test
  void shouldWriteNothingWhenOneRowBreaksARule() {
    Action good = action();
    Action noEvidence = action();
    String file =
        "action,rag,reason,update,date\n"
            + good.id()
            + ",AMBER_E,Delivered,Delivered in April,2023-04-20\n"
            + noEvidence.id()
            + ",GREEN,Looks done,,\n"
            + "99.99,RED,Late,,\n"
            + good.ref()
            + ",BLUE,,,\n";
    JsonPath refused = csv(file, "").statusCode(422).extract().jsonPath();
    assertEquals("/problems/bulk-rows-refused", refused.getString("type"));
    assertEquals(3, refused.getInt("rejected"));
    assertEquals(List.of(3, 4, 5, 5), refused.getList("errors.line"));
    assertEquals(List.of("rag", "action", "rag", "action"), refused.getList("errors.column"));
    assertEquals("BLUE", refused.getList("errors.value").get(2));
    assertThat(refused.getString("errors[0].reason"), containsString("evidence"));
    assertThat(refused.getString("errors[3].reason"), containsString("also on line 2"));
    assertEquals("AMBER", rag(good), "nothing written: not even the good row");
    assertEquals(List.of(), updates(good));
    assertEquals("AMBER", rag(noEvidence));
  }

  @Test
  void shouldAnswerADryRunExactlyAsTheRealRunWithoutWriting() {
    Action action = action();
    String file =
        "action,rag,reason,update\n" + action.id() + ",AMBER_E,Delivered,Delivered in April\n";
    Map<String, Object> dry = csv(file, "?dryRun=true").statusCode(200).extract().path("");
    assertEquals("AMBER", rag(action));
    assertEquals(List.of(), updates(action));
    Map<String, Object> real = csv(file, "").statusCode(200).extract().path("");
    real.put("batchId", null);
    assertEquals(dry, real);
    assertEquals("AMBER_E", rag(action));
  }

  @Test
  void shouldRevertABatchAndRefuseWhenTheRagChangedSince() {
    Action action = action();
    Action other = action();
    String file =
        "action,rag,reason,update\n"
            + action.id()
            + ",AMBER_E,Delivered,Delivered in April\n"
            + other.id()
            + ",RED,Slipped,\n";
    long batch = csv(file, "").statusCode(200).extract().jsonPath().getLong("batchId");
    as("performance")
        .post("/api/v1/bulk/batches/" + batch + "/revert")
        .then()
        .statusCode(200)
        .body("revertedBy", containsString("Performance"));
    assertEquals("AMBER", rag(action));
    assertEquals(List.of(), updates(action));
    assertEquals("AMBER", rag(other));
    api()
        .get("/api/v1/actions/" + other.id() + "/rag-history")
        .then()
        .body("reason", hasItems("Slipped", "Bulk batch " + batch + " reverted"));

    long later = csv(file, "").statusCode(200).extract().jsonPath().getLong("batchId");
    api()
        .body(Map.of("rag", "AMBER", "reason", "Recovered"))
        .post("/api/v1/actions/" + other.id() + "/rag")
        .then()
        .statusCode(200);
    as("performance")
        .post("/api/v1/bulk/batches/" + later + "/revert")
        .then()
        .statusCode(409)
        .body("detail", containsString(other.ref()));
    assertEquals(
        List.of("Delivered in April"), updates(action), "a refused revert changes nothing");
    as("performance").get("/api/v1/bulk/batches/" + later).then().body("revertedAt", nullValue());
  }

  @Test
  void shouldReturnTheFirstResultForARepeatedKey() {
    Action action = action();
    Map<String, Object> first =
        BulkUploads.sendTwiceWithOneKey(url(), "action,update\n" + action.id() + ",Panel met\n");
    assertEquals(1, first.get("created"));
    assertEquals(1, updates(action).size(), "the repeat recorded nothing");
  }

  @Test
  void shouldServeTheTemplateAndKeepPartnersOut() {
    as("performance")
        .get("/api/v1/bulk/templates/action-updates.csv")
        .then()
        .statusCode(200)
        .body(containsString("action,rag,reason,update,date"));
    as("partner")
        .contentType("text/csv")
        .body("action,update\n1,x\n")
        .post(URL)
        .then()
        .statusCode(403);
  }
}
