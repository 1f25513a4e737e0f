package org.improvementtracker.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.improvementtracker.Api.actionBody;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.Api.createAction;
import static org.improvementtracker.Api.priorityId;
import static org.improvementtracker.board.Boards.newBoard;
import static org.improvementtracker.board.Boards.newMeeting;
import static org.improvementtracker.board.Boards.organisationId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

  /** A board over priority 2 with a meeting last month and one in three days' time. */
  private record Setup(long board, long meeting, long priority) {}

  private static Setup setup(String name, List<Long> organisations) {
    long priority = priorityId(2);
    long board = newBoard(name, List.of(priority), organisations);
    newMeeting(board, LocalDate.now().minusDays(28), "HELD");
    long meeting = newMeeting(board, LocalDate.now().plusDays(3), "PLANNED");
    return new Setup(board, meeting, priority);
  }

  private static long changedAction(String text) {
    Map<String, Object> body = actionBody(priorityId(2), "2.97", text);
    body.put("dueDate", LocalDate.now().plusDays(2).toString());
    long id = createAction(body).jsonPath().getLong("id");
    api()
        .body(Map.of("text", "Dip sample of 20 contacts shows consent recorded in all"))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(201);
    api()
        .body(Map.of("rag", "AMBER", "reason", "Work has started in the MASH"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200);
    return id;
  }

  @Test
  void shouldAssembleTheDraftFromWhatChangedSinceThePreviousMeeting() {
    Setup s = setup("Draft board", List.of());
    long action = changedAction("Consent audit in the MASH");
    api()
        .body(Map.of("dueDate", LocalDate.now().plusDays(60).toString()))
        .contentType("application/merge-patch+json")
        .header("If-Match", "*")
        .patch("/api/v1/actions/" + action)
        .then()
        .statusCode(200);

    JsonPath draft =
        api()
            .get("/api/v1/meetings/" + s.meeting() + "/report")
            .then()
            .statusCode(200)
            .body("asAt", notNullValue())
            .body("since", equalTo(LocalDate.now().minusDays(28).toString()))
            .body("priorities.number", equalTo(List.of(2)))
            .extract()
            .jsonPath();
    String p = "priorities[0].";
    assertThat(
        draft.getList(p + "ragChanges.findAll { it.actionId == " + action + " }.reason"),
        hasItem("Work has started in the MASH"));
    assertThat(
        draft.getList(p + "newEvidence.findAll { it.actionId == " + action + " }.text"),
        hasItem("Dip sample of 20 contacts shows consent recorded in all"));
    assertThat(
        draft.getList(p + "dueDatesMoved.findAll { it.actionId == " + action + " }.to"),
        hasItem(LocalDate.now().plusDays(60).toString()));
  }

  @Test
  void shouldListActionsDueBeforeTheNextMeeting() {
    Setup s = setup("Due board", List.of());
    Map<String, Object> body = actionBody(priorityId(2), "2.96", "Publish the MASH manual");
    body.put("dueDate", LocalDate.now().plusDays(2).toString());
    long action = createAction(body).jsonPath().getLong("id");
    JsonPath draft =
        api().get("/api/v1/meetings/" + s.meeting() + "/report").then().extract().jsonPath();
    assertThat(draft.getList("priorities[0].dueBeforeNextMeeting.id", Long.class), hasItem(action));
  }

  @Test
  void shouldPublishAnImmutableSnapshotThatLaterChangesNeverAlter() {
    Setup s = setup("Publishing board", List.of());
    long action = changedAction("Strategy meetings within timescale");
    api()
        .body(
            Map.of(
                "summary",
                "Steady progress at the front door.",
                "priorities",
                List.of(
                    Map.of(
                        "priorityId", s.priority(),
                        "progress", "Triage is in place.",
                        "challenges", "Recruitment of team managers."))))
        .put("/api/v1/meetings/" + s.meeting() + "/report")
        .then()
        .statusCode(200)
        .body("summary", equalTo("Steady progress at the front door."))
        .body("priorities[0].progress", equalTo("Triage is in place."));
    api()
        .body(
            Map.of(
                "meetingId",
                s.meeting(),
                "priorityId",
                s.priority(),
                "description",
                "Agency staff leave before the new model is embedded",
                "likelihood",
                4,
                "impact",
                3,
                "owner",
                "HOS Front Door",
                "mitigation",
                "Recruitment drive"))
        .post("/api/v1/risks")
        .then()
        .statusCode(201)
        .body("score", equalTo(12));

    String published =
        api()
            .post("/api/v1/meetings/" + s.meeting() + "/report/publish")
            .then()
            .statusCode(201)
            .body("version", equalTo(1))
            .body("sha256", matchesPattern("[0-9a-f]{64}"))
            .body("publishedBy", containsString("Erin Editor"))
            .body("report.priorities[0].risks[0].score", equalTo(12))
            .extract()
            .asString();
    String v1 = JsonPath.from(published).prettify();

    // The plan changes after publishing…
    api()
        .body(Map.of("rag", "AMBER_E", "reason", "Implemented across the service"))
        .post("/api/v1/actions/" + action + "/rag")
        .then()
        .statusCode(200);

    // …the published version does not.
    String reread =
        as("viewer")
            .get("/api/v1/meetings/" + s.meeting() + "/report/versions/1")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(v1, JsonPath.from(reread).prettify());
    assertThat(
        JsonPath.from(reread)
            .getList("report.priorities[0].awaitingImpact.id", Long.class)
            .contains(action),
        equalTo(false));
    JsonPath draft =
        api().get("/api/v1/meetings/" + s.meeting() + "/report").then().extract().jsonPath();
    assertThat(draft.getList("priorities[0].awaitingImpact.id", Long.class), hasItem(action));

    // Republishing makes version 2; version 1 stays readable.
    api()
        .post("/api/v1/meetings/" + s.meeting() + "/report/publish")
        .then()
        .statusCode(201)
        .body("version", equalTo(2));
    as("viewer")
        .get("/api/v1/meetings/" + s.meeting() + "/report/versions")
        .then()
        .statusCode(200)
        .body("version", equalTo(List.of(1, 2)))
        .body("[0].sha256", not(equalTo(JsonPath.from(reread).getString("sha256") + "x")));
  }

  @Test
  void shouldRenderThePublishedPackAsAPdfWhoseTextHoldsTheReport() throws IOException {
    Setup s = setup("Pack board", List.of());
    changedAction("Daily MASH triage meeting");
    api()
        .body(
            Map.of(
                "summary",
                "The board is asked to note the pack.",
                "priorities",
                List.of(
                    Map.of(
                        "priorityId", s.priority(),
                        "progress", "Consent guidance issued.",
                        "challenges", "Partner attendance."))))
        .put("/api/v1/meetings/" + s.meeting() + "/report")
        .then()
        .statusCode(200);
    api().get("/api/v1/meetings/" + s.meeting() + "/report.pdf").then().statusCode(409);
    JsonPath published =
        api()
            .post("/api/v1/meetings/" + s.meeting() + "/report/publish")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    byte[] pdf =
        as("viewer")
            .accept("application/pdf")
            .get("/api/v1/meetings/" + s.meeting() + "/report.pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text = text(pdf);
    assertThat(text, containsString("Pack board"));
    assertThat(text, containsString("As at"));
    assertThat(text, containsString("Contents"));
    assertThat(text, containsString("Priority 2"));
    assertThat(text, containsString("Consent guidance issued."));
    assertThat(text, containsString("Daily MASH triage meeting"));
    assertThat(text, containsString("Off target"));
    assertThat(text, containsString("Actions arising"));
    assertThat(text, containsString("Version 1"));

    // The pack's figures are the scorecard's for the report's month.
    String month = published.getString("report.scorecardMonth");
    JsonPath scorecard =
        api()
            .get("/api/v1/scorecard?months=6&to=" + month)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        scorecard.getList("areas.indicators.flatten().values.flatten().display"),
        published.getList("report.scorecard.areas.indicators.flatten().values.flatten().display"));
    List<String> offTarget =
        scorecard.getList(
            "areas.indicators.flatten().findAll { it.targetStatus == 'OFF_TARGET' }"
                + ".collect { it.values[-1]?.display }.findAll { it != null }");
    assertThat(offTarget.isEmpty(), equalTo(false));
    for (String figure : offTarget) {
      assertThat(text, containsString(figure));
    }
  }

  @Test
  void shouldLetPartnersReadOnlyTheReportsOfBoardsTheirOrganisationSitsOn() {
    Setup s = setup("NHS board", List.of(organisationId("NHS Devon")));
    api().post("/api/v1/meetings/" + s.meeting() + "/report/publish").then().statusCode(201);
    as("health")
        .get("/api/v1/meetings/" + s.meeting() + "/report/versions/1")
        .then()
        .statusCode(200);
    as("partner")
        .get("/api/v1/meetings/" + s.meeting() + "/report/versions/1")
        .then()
        .statusCode(403);
    as("partner").get("/api/v1/meetings/" + s.meeting() + "/report.pdf").then().statusCode(403);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
