package org.improvementtracker.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.improvementtracker.Api.actionIdByRef;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

/** Partners read the plan and contribute only to the actions their organisation co-leads. */
@QuarkusTest
class PartnerAccessTest {

  private static long policeId() {
    return as("admin")
        .get("/api/v1/organisations")
        .then()
        .extract()
        .jsonPath()
        .getLong("find { it.name == 'Devon and Cornwall Police' }.id");
  }

  private static long actionCoLedByPolice(String text) {
    Map<String, Object> body = Api.actionBody(Api.priorityId(2), "2.98", text);
    body.put("partnerOrganisationIds", List.of(policeId()));
    return Api.createAction(body).jsonPath().getLong("id");
  }

  @Test
  void shouldLetAPartnerEvidenceOnlyWhatItsOrganisationCoLeads() {
    long ours = actionCoLedByPolice("Joint MASH triage");
    as("partner")
        .body(Map.of("text", "Police triage officer now co-located in the MASH"))
        .post("/api/v1/actions/" + ours + "/progress-updates")
        .then()
        .statusCode(201)
        .body("author", equalTo("Paula Partner (Police) (Devon and Cornwall Police)"));

    long notOurs = Api.newAction("Council-only action");
    as("partner")
        .body(Map.of("text", "Trying to update someone else's action"))
        .post("/api/v1/actions/" + notOurs + "/progress-updates")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("co-lead"));
    api().get("/api/v1/actions/" + notOurs + "/progress-updates").then().body("size()", equalTo(0));
  }

  @Test
  void shouldNotLetAPartnerEditOrRateDirectly() {
    long ours = actionCoLedByPolice("Police edit attempt");
    as("partner")
        .header("If-Match", "\"0\"")
        .body(Api.actionBody(Api.priorityId(2), "2.98", "Rewritten by police"))
        .put("/api/v1/actions/" + ours)
        .then()
        .statusCode(403);
    as("partner")
        .body(Map.of("rag", "AMBER", "reason", "We think so"))
        .post("/api/v1/actions/" + ours + "/rag")
        .then()
        .statusCode(403);
    api().get("/api/v1/actions/" + ours).then().body("action", equalTo("Police edit attempt"));
  }

  @Test
  void shouldLetAnEditorAcceptOrRejectAPartnersRagProposal() {
    long ours = actionCoLedByPolice("Proposal flow");
    long proposal =
        as("partner")
            .body(Map.of("rag", "AMBER", "reason", "Joint work has started"))
            .post("/api/v1/actions/" + ours + "/rag-proposals")
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .body("organisation", equalTo("Devon and Cornwall Police"))
            .extract()
            .jsonPath()
            .getLong("id");
    api().get("/api/v1/rag-proposals?status=PENDING").then().body("id", hasItem((int) proposal));
    as("partner").post("/api/v1/rag-proposals/" + proposal + "/accept").then().statusCode(403);

    api()
        .body(Map.of("note", "Agreed at the MASH board"))
        .post("/api/v1/rag-proposals/" + proposal + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    api().get("/api/v1/actions/" + ours).then().body("rag", equalTo("AMBER"));
    api()
        .get("/api/v1/actions/" + ours + "/rag-history")
        .then()
        .body("reason[0]", containsString("proposed by Paula Partner"));
    api().post("/api/v1/rag-proposals/" + proposal + "/reject").then().statusCode(409);

    long green =
        as("partner")
            .body(Map.of("rag", "GREEN", "reason", "Done"))
            .post("/api/v1/actions/" + ours + "/rag-proposals")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    // Accepting does not bypass the evidence rule.
    api().post("/api/v1/rag-proposals/" + green + "/accept").then().statusCode(409);
    api()
        .body(Map.of("note", "Needs audit evidence first"))
        .post("/api/v1/rag-proposals/" + green + "/reject")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("decisionNote", equalTo("Needs audit evidence first"));
  }

  @Test
  void shouldShowDemoPartnersOnTheActionsWhoseLeadsNamePartners() {
    api()
        .get("/api/v1/actions/" + actionIdByRef("1.3"))
        .then()
        .body("partners.name", hasItem("Devon and Cornwall Police"))
        .body("partners.name", hasItem("NHS Devon"));
  }

  @Test
  void shouldRefuseACouncilAsAPartner() {
    long council =
        as("admin")
            .get("/api/v1/organisations")
            .then()
            .extract()
            .jsonPath()
            .getLong("find { it.kind == 'COUNCIL' }.id");
    Map<String, Object> body = Api.actionBody(Api.priorityId(2), "2.97", "x");
    body.put("partnerOrganisationIds", List.of(council));
    api()
        .body(body)
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("partnerOrganisationIds[0]"));
  }
}
