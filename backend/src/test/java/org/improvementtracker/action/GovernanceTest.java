package org.improvementtracker.action;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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

/** What a board relies on: moves of a due date, evidence behind GREEN, one open proposal. */
@QuarkusTest
class GovernanceTest {

  private static long actionDue(String due, String wording, String text) {
    Map<String, Object> body = actionBody(priorityId(2), "2.97", text);
    body.put("dueDate", due);
    body.put("dueWording", wording);
    return createAction(body).jsonPath().getLong("id");
  }

  private static long policeId() {
    return as("admin")
        .get("/api/v1/organisations")
        .then()
        .extract()
        .jsonPath()
        .getLong("find { it.name == 'Devon and Cornwall Police' }.id");
  }

  @Test
  void shouldRequireAReasonToMoveADueDateAndShowTheSlippage() {
    long id = actionDue("2023-03-31", "March 23", "Slipping action " + System.nanoTime());

    api()
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("dueDate", "2027-01-31"))
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dueDateChangeReason"));
    api().get("/api/v1/actions/" + id).then().body("overdue", equalTo(true));

    api()
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("dueDate", "2027-01-31", "dueDateChangeReason", "Waiting for the IT system"))
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(200)
        .body("dueDate", equalTo("2027-01-31"))
        .body("dueWording", equalTo(""))
        .body("overdue", equalTo(false))
        .body("slippage.originalDueDate", equalTo("2023-03-31"))
        .body("slippage.count", equalTo(1))
        .body("slippage.totalDays", equalTo(1402))
        .body("slippage.longestDays", equalTo(1402))
        .body("dueDateChanges", hasSize(1))
        .body("dueDateChanges[0].from", equalTo("2023-03-31"))
        .body("dueDateChanges[0].to", equalTo("2027-01-31"))
        .body("dueDateChanges[0].reason", equalTo("Waiting for the IT system"));

    // The plan's list shows the slippage on the row too.
    api()
        .get("/api/v1/actions?q=Slipping action&size=100")
        .then()
        .statusCode(200)
        .body("items.find { it.id == " + id + " }.slippage.count", equalTo(1));

    // The history speaks the plan's language: which action, who, from what to what.
    api()
        .get("/api/v1/actions/" + id + "/history")
        .then()
        .statusCode(200)
        .body("find { it.event == 'ACTION_UPDATED' }.subject", equalTo("Action 2.97"))
        .body(
            "find { it.event == 'ACTION_UPDATED' }.actorName",
            equalTo("Erin Editor (Head of Service)"))
        .body(
            "find { it.event == 'ACTION_UPDATED' }.changes.find { it.field == 'dueDate' }.from",
            equalTo("2023-03-31"))
        .body(
            "find { it.event == 'ACTION_UPDATED' }.changes.find { it.field == 'dueDate' }.to",
            equalTo("2027-01-31"))
        .body("find { it.event == 'ACTION_UPDATED' }.changes.field", not(hasItem("version")));
    api()
        .get("/api/v1/recent-changes?limit=100")
        .then()
        .body("find { it.entityId == '" + id + "' }.subject", equalTo("Action 2.97"));
  }

  @Test
  void shouldKeepTheWordingAnEditorGivesANewDate() {
    long id = actionDue("2030-03-31", "March 30", "Reworded action");
    api()
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(
            Map.of(
                "dueDate", "2030-06-30",
                "dueWording", "End of June 30",
                "dueDateChangeReason", "Recruitment took longer"))
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(200)
        .body("dueWording", equalTo("End of June 30"))
        .body("slippage.totalDays", equalTo(91));
  }

  @Test
  void shouldRequireEvidenceSinceTheLastRagChangeForGreenOrAmberE() {
    long id = actionDue("2030-03-31", "March 30", "Evidence rule");
    api()
        .body(Map.of("text", "Evidence as published"))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(201);
    api()
        .body(Map.of("rag", "AMBER", "reason", "In progress"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200);

    for (String rag : List.of("GREEN", "AMBER_E")) {
      api()
          .body(Map.of("rag", rag, "reason", "Nothing new"))
          .post("/api/v1/actions/" + id + "/rag")
          .then()
          .statusCode(409)
          .body("detail", containsString("since the RAG last changed"));
    }
    api()
        .body(
            Map.of(
                "rag",
                "AMBER_E",
                "reason",
                "Implemented",
                "evidence",
                "https://council.example/audits/front-door-q2"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200)
        .body("rag", equalTo("AMBER_E"));
    api()
        .get("/api/v1/actions/" + id + "/rag-history")
        .then()
        .body("evidence[1]", equalTo("https://council.example/audits/front-door-q2"));

    api()
        .body(Map.of("text", "Audit of 20 cases shows embedded change"))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(201);
    api()
        .body(Map.of("rag", "GREEN", "reason", "Audit evidence"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200)
        .body("rag", equalTo("GREEN"));
  }

  @Test
  void shouldKeepOneProposalPendingPerAction() {
    Map<String, Object> body = actionBody(priorityId(2), "2.96", "Two proposals");
    body.put("partnerOrganisationIds", List.of(policeId()));
    long id = createAction(body).jsonPath().getLong("id");
    as("partner")
        .body(Map.of("rag", "AMBER_E", "reason", "Implemented"))
        .post("/api/v1/actions/" + id + "/rag-proposals")
        .then()
        .statusCode(201);
    as("partner")
        .body(Map.of("rag", "GREEN", "reason", "Embedded"))
        .post("/api/v1/actions/" + id + "/rag-proposals")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("awaiting an editor's decision"));
    api().get("/api/v1/actions/" + id + "/rag-proposals").then().body("size()", equalTo(1));
  }

  @Test
  void shouldTellAPartnerToProposeRatherThanChangeTheRag() {
    Map<String, Object> body = actionBody(priorityId(2), "2.95", "Partner rates");
    body.put("partnerOrganisationIds", List.of(policeId()));
    long id = createAction(body).jsonPath().getLong("id");
    as("partner")
        .body(Map.of("rag", "AMBER", "reason", "We think so"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("/api/v1/actions/{id}/rag-proposals"));
  }
}
