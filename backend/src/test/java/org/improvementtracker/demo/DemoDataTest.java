package org.improvementtracker.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.improvementtracker.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo data is Plymouth's plan as published on 17 April 2023: the counts and sample
 * rows below were read from the source document.
 */
@QuarkusTest
@TestProfile(PristineDemo.class)
class DemoDataTest {

  private JsonPath allActions() {
    return api().get("/api/v1/actions?size=500").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void shouldLoadOnePlanWithSixPriorities() {
    api()
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].organisation", equalTo("Plymouth City Council"));
    api()
        .get("/api/v1/priorities")
        .then()
        .statusCode(200)
        .body("number", contains(1, 2, 3, 4, 5, 6))
        .body(
            "title",
            contains(
                "Governance, leadership and management",
                "Early Help and Front Door responses",
                "Robust and effective social work practice",
                "At risk of Care, Cared for and care experienced children and young people",
                "Quality assurance and audit",
                "A Stable and able workforce"))
        .body("actionCount", contains(6, 14, 15, 8, 6, 3));
  }

  @Test
  void shouldLoadEveryActionRowWithTheRagAsPrinted() {
    JsonPath actions = allActions();
    List<Map<String, Object>> rows = actions.getList("items");
    assertEquals(52, rows.size());
    assertEquals(19, rows.stream().filter(r -> "AMBER_E".equals(r.get("rag"))).count());
    assertEquals(1, rows.stream().filter(r -> "RED".equals(r.get("rag"))).count());
    assertEquals(32, rows.stream().filter(r -> r.get("rag") == null).count());
    // Refs sort as numbers: 2.9 before 2.10, and several rows can share a ref.
    List<String> refs = actions.getList("items.ref");
    assertEquals("1.1", refs.get(0));
    assertEquals("6.2", refs.get(refs.size() - 1));
    assertTrue(refs.indexOf("2.9") < refs.indexOf("2.10"));
    assertEquals(4, refs.stream().filter("3.3"::equals).count());
  }

  @Test
  void shouldTranscribeSampleRowsAsPublished() {
    JsonPath actions = allActions();
    Map<String, Object> row12 = actions.getMap("items.find { it.ref == '1.2' }");
    assertEquals(List.of("DCS"), row12.get("leads"));
    assertEquals("March 23", row12.get("dueWording"));
    assertEquals("2023-03-31", row12.get("dueDate"));
    assertEquals("AMBER_E", row12.get("rag"));
    assertTrue(
        ((String) row12.get("desiredOutcome")).startsWith("Elected members will be well-informed"));

    api()
        .get("/api/v1/actions?q=Domestic abuse referrals to the MASH")
        .then()
        .statusCode(200)
        .body("items[0].ref", equalTo("2.10"))
        .body(
            "items[0].leads",
            contains("HOS Front Door", "Team Managers MASH", "SD", "Commissioning SC Manager"))
        .body("items[0].findings.findAll { it.paragraph != null }.paragraph", contains(9, 18));

    api()
        .get("/api/v1/actions?q=IRO's will use the formal")
        .then()
        .statusCode(200)
        .body("items[0].ref", equalTo("5.4"))
        .body("items[0].dueWording", equalTo("Immediately"))
        .body("items[0].dueDate", nullValue())
        .body("items[0].rag", equalTo("AMBER_E"));

    api().get("/api/v1/actions?rag=RED").then().statusCode(200).body("items.ref", contains("4.3"));
  }

  @Test
  void shouldRecordThePublishedEvidenceAsTheFirstProgressUpdate() {
    long id =
        api()
            .get("/api/v1/actions?q=The first meeting of the improvement board")
            .then()
            .statusCode(200)
            .body("items[0].ref", equalTo("1.2"))
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    api()
        .get("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].date", equalTo("2023-04-17"))
        .body(
            "[0].text", startsWith("The first meeting of the improvement board took place on 02"));
    api()
        .get("/api/v1/actions/" + id + "/rag-history")
        .then()
        .statusCode(200)
        .body("to", contains("AMBER_E"))
        .body("reason", contains("RAG as published"));
  }

  @Test
  void shouldLinkActionsToTheFindingsTheyCite() {
    api()
        .get("/api/v1/actions?finding=13")
        .then()
        .statusCode(200)
        .body("items.ref", everyItem(equalTo("2.6")))
        .body("items", hasSize(3));
    api()
        .get("/api/v1/findings")
        .then()
        .statusCode(200)
        // Two areas for priority action, six for focused improvement, 23 cited paragraphs.
        .body("findAll { it.paragraph == null && it.priorityAction }", hasSize(2))
        .body("findAll { it.paragraph == null && !it.priorityAction }", hasSize(6))
        .body("findAll { it.paragraph != null }.paragraph", hasItems(2, 6, 13, 25, 27))
        .body("findAll { it.paragraph != null }", hasSize(23))
        .body(
            "find { it.summary.startsWith('The convening and timeliness') }.actions.ref",
            everyItem(equalTo("3.3")))
        .body("find { it.paragraph == 6 }.actions.ref", containsInAnyOrder("1.1", "1.1", "1.2"));
  }

  @Test
  void shouldAnswerEveryFindingWithAnActionAndNameWhatEachParagraphAsksFor() {
    JsonPath findings = api().get("/api/v1/findings").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(), findings.getList("findAll { it.actions.isEmpty() }.summary"));
    assertEquals(List.of(), findings.getList("findAll { it.summary.isBlank() }.paragraph"));
    // The six areas for focused practice improvement, each answered where the plan's rows say so.
    assertEquals(
        List.of("3.3", "5.3"),
        findings
            .getList(
                "find { it.summary.startsWith('Timeliness of initial child protection') }"
                    + ".actions.ref",
                String.class)
            .stream()
            .distinct()
            .sorted()
            .toList());
    assertTrue(
        findings
            .getList("find { it.summary == 'Quality of supervision.' }.actions.ref", String.class)
            .containsAll(List.of("2.6", "3.5")));
  }

  @Test
  void shouldLinkIndicatorsToTheActionsWhoseMeasuresNameThem() {
    long indicator24 =
        api()
            .get("/api/v1/indicators?size=100")
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.number == 24 }.id");
    // Initial child protection conferences in 15 working days: 3.3 and 5.3 name their timeliness.
    List<String> refs =
        api()
            .get("/api/v1/indicators/" + indicator24)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("actions.ref", String.class);
    assertTrue(refs.containsAll(List.of("3.3", "5.3")), refs.toString());
    JsonPath actions = allActions();
    assertTrue(
        actions.getList("items.findAll { !it.indicators.isEmpty() }").size() >= 30,
        "most actions name the data they rely on");
  }

  @Test
  void shouldShowTheOnlyPlanOnTheScorecardWhenNoneIsNamed() {
    long plan = api().get("/api/v1/plans").then().extract().jsonPath().getLong("[0].id");
    api()
        .get("/api/v1/scorecard")
        .then()
        .statusCode(200)
        .body("planId", equalTo((int) plan))
        .body("periods[-1]", equalTo("2023-03"));
  }

  @Test
  void shouldExplainTheMonthsThePlanPrintsAsNotAvailable() {
    long plo =
        api()
            .get("/api/v1/indicators?size=100")
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.number == 29 }.id");
    // PLO concluding within 16 weeks: "Not available" for October and November 2022.
    api()
        .get("/api/v1/indicators/" + plo + "/not-available")
        .then()
        .statusCode(200)
        .body("period", contains("2022-10", "2022-11"))
        .body("reason", everyItem(startsWith("Not available")));
  }
}
