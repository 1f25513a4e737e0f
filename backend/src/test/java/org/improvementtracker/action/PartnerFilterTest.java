package org.improvementtracker.action;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
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

/** "Which actions do we co-lead?": the partner and mine filters of the action list. */
@QuarkusTest
class PartnerFilterTest {

  private static long organisationId(String name) {
    return as("admin")
        .get("/api/v1/organisations")
        .then()
        .extract()
        .jsonPath()
        .getLong("find { it.name == '" + name + "' }.id");
  }

  @Test
  void shouldListOnlyTheActionsAPartnerCoLeads() {
    long police = organisationId("Devon and Cornwall Police");
    long health = organisationId("NHS Devon");
    Map<String, Object> body = actionBody(priorityId(3), "3.97", "Joint health action");
    body.put("partnerOrganisationIds", List.of(health));
    long healthAction = createAction(body).jsonPath().getLong("id");

    api()
        .get("/api/v1/actions?size=100&partner=" + police)
        .then()
        .statusCode(200)
        .body("items.ref", hasItem("2.8"))
        .body("items.id", not(hasItem((int) healthAction)))
        .body("items.partners.flatten().id", hasItem((int) police));
    api()
        .get("/api/v1/actions?size=100&partner=" + health)
        .then()
        .body("items.id", hasItem((int) healthAction));

    as("partner")
        .get("/api/v1/actions?size=100&mine=true")
        .then()
        .statusCode(200)
        .body("items.ref", hasItem("1.3"))
        .body("items.id", not(hasItem((int) healthAction)))
        .body(
            "items.collect { it.partners.id.contains(" + police + ") }", everyItem(equalTo(true)));
    as("health")
        .get("/api/v1/actions?size=100&mine=true")
        .then()
        .body("items.id", hasItem((int) healthAction));
    as("partner")
        .get("/api/v1/actions?mine=true&partner=" + health)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("partner"));
  }
}
