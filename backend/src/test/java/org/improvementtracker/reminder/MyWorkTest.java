package org.improvementtracker.reminder;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.improvementtracker.Api.actionBody;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.Api.createAction;
import static org.improvementtracker.Api.priorityId;
import static org.improvementtracker.board.Boards.newBoard;
import static org.improvementtracker.board.Boards.newMeeting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.improvementtracker.caseaudit.Audits;
import org.improvementtracker.workforce.Teams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class MyWorkTest {

  /** A real SMTP server on port 3025, where the tests' mailer sends. */
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Inject ReminderJob job;

  private static long leadAction(String lead, String text, LocalDate due) {
    Map<String, Object> body = actionBody(priorityId(6), "6.97", text);
    body.put("leads", List.of(lead));
    body.put("dueDate", due.toString());
    return createAction(body).jsonPath().getLong("id");
  }

  @Test
  void shouldListTheSignedInPersonsActionsByTheLeadRolesTheyHold() {
    long due =
        leadAction(
            "Workforce Lead", "Exit interviews for every leaver", LocalDate.now().plusDays(5));
    long later = leadAction("Workforce Lead", "Annual staff survey", LocalDate.now().plusDays(90));
    long other = leadAction("Someone Else", "Not mine", LocalDate.now().plusDays(5));
    as("performance")
        .body(Map.of("leadRoles", List.of("workforce lead")))
        .put("/api/v1/me/reminder-settings")
        .then()
        .statusCode(200)
        .body("leadRoles", equalTo(List.of("workforce lead")));

    JsonPath work =
        as("performance").get("/api/v1/me/work").then().statusCode(200).extract().jsonPath();
    List<Long> dueIds = work.getList("actionsDue.id", Long.class);
    assertThat(dueIds, hasItem(due));
    assertThat(dueIds, not(hasItem(later)));
    assertThat(dueIds, not(hasItem(other)));
    // No evidence at all: both of the person's actions are waiting for some.
    assertThat(work.getList("actionsWithoutEvidence.id", Long.class), hasItem(later));
    assertEquals(List.of(), work.getList("recommendations"));
  }

  @Test
  void shouldListOverdueAuditRecommendationsOwnedByOneOfThePersonsRoles() {
    long audit =
        api()
            .body(Audits.auditBody(Teams.newTeam("My work audits"), "2019-06", 5))
            .post("/api/v1/audits")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long overdue =
        Audits.newRecommendation(
            audit, "Update the chronology", "Audit Follow-up Lead", "2019-07-01");
    long notYetDue =
        Audits.newRecommendation(
            audit,
            "Refresh the safety plan",
            "Audit Follow-up Lead",
            LocalDate.now().plusDays(30).toString());
    long someoneElses = Audits.newRecommendation(audit, "Not mine", "Somebody Else", "2019-07-01");
    as("viewer")
        .body(Map.of("leadRoles", List.of("audit follow-up lead")))
        .put("/api/v1/me/reminder-settings")
        .then()
        .statusCode(200);

    JsonPath work = as("viewer").get("/api/v1/me/work").then().statusCode(200).extract().jsonPath();
    List<Long> ids = work.getList("recommendations.id", Long.class);
    assertThat(ids, hasItem(overdue));
    assertThat(ids, not(hasItem(notYetDue)));
    assertThat(ids, not(hasItem(someoneElses)));
    assertThat(
        work.getString("recommendations.find { it.id == " + overdue + " }.source"),
        containsString("Case audit CF-100005"));
  }

  @Test
  void shouldListActionsArisingOwnedByThePerson() {
    long board = newBoard("My work board", List.of(), List.of());
    long meeting = newMeeting(board, LocalDate.now().minusDays(3), "HELD");
    long viewerId = as("viewer").get("/api/v1/me").then().extract().jsonPath().getLong("id");
    api()
        .body(
            Map.of(
                "text",
                "Visit the MASH",
                "owner",
                "Vic Viewer",
                "ownerUserId",
                viewerId,
                "dueDate",
                LocalDate.now().plusDays(7).toString()))
        .post("/api/v1/meetings/" + meeting + "/actions-arising")
        .then()
        .statusCode(201);
    as("viewer")
        .get("/api/v1/me/work")
        .then()
        .statusCode(200)
        .body("actionsArising.text", hasItem("Visit the MASH"));
  }

  @Test
  void shouldSendTheWeeklyDigestThroughSmtpOncePerWeek() throws Exception {
    leadAction("Digest Lead", "Finish the recruitment campaign", LocalDate.now().minusDays(2));
    as("health")
        .body(Map.of("email", "hari@example.org", "leadRoles", List.of("Digest Lead")))
        .put("/api/v1/me/reminder-settings")
        .then()
        .statusCode(200);

    LocalDate today = LocalDate.now();
    job.sendDigests(today);
    // A second server (or a second run) in the same week sends nothing more.
    job.sendDigests(today);

    MimeMessage[] received = SMTP.getReceivedMessagesForDomain("example.org");
    long toHari =
        java.util.Arrays.stream(received).filter(m -> recipients(m).contains("hari@")).count();
    assertEquals(1, toHari);
    MimeMessage digest = received[received.length - 1];
    assertThat(digest.getSubject(), containsString("Your improvement plan work"));
    String body = GreenMailUtil.getBody(digest);
    assertThat(body, containsString("Finish the recruitment campaign"));
    assertThat(body, containsString("OVERDUE"));
  }

  @Test
  void shouldRemindTheBoardSecretaryOfAReportDueWithinSevenDays() {
    long secretary = as("performance").get("/api/v1/me").then().extract().jsonPath().getLong("id");
    as("performance")
        .body(Map.of("email", "pat@example.net", "leadRoles", List.of()))
        .put("/api/v1/me/reminder-settings")
        .then()
        .statusCode(200);
    long board =
        api()
            .body(
                Map.of(
                    "planId",
                    org.improvementtracker.board.Boards.planId(),
                    "name",
                    "Secretary board",
                    "cadence",
                    "MONTHLY",
                    "secretaryUserId",
                    secretary))
            .post("/api/v1/boards")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    newMeeting(board, LocalDate.now().plusDays(5), "PLANNED");

    as("performance")
        .get("/api/v1/me/work")
        .then()
        .body("reportsDue.boardName", hasItem("Secretary board"));
    job.sendReportDueReminders(LocalDate.now());
    job.sendReportDueReminders(LocalDate.now());
    MimeMessage[] received = SMTP.getReceivedMessagesForDomain("example.net");
    assertEquals(
        1,
        java.util.Arrays.stream(received)
            .filter(m -> safeSubject(m).contains("Secretary board"))
            .count());
  }

  private static String recipients(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String safeSubject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
