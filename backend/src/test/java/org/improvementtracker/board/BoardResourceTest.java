package org.improvementtracker.board;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.priorityId;
import static org.improvementtracker.board.Boards.newBoard;
import static org.improvementtracker.board.Boards.newMeeting;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoardResourceTest {

  @Test
  void shouldListTheDemoBoardsWithTheirCadenceAndPriorities() {
    api()
        .get("/api/v1/boards")
        .then()
        .statusCode(200)
        .body(
            "name",
            hasItems(
                "Children's Improvement Board",
                "Children's Programme Board",
                "Outcomes for Children and Quality Assurance Forum",
                "Front Door Improvement Board",
                "Strategic System Leadership Board",
                "Lead Member performance meeting",
                "DMT/SMT"))
        .body("find { it.name == 'Front Door Improvement Board' }.cadence", equalTo("FORTNIGHTLY"))
        .body("find { it.name == 'Front Door Improvement Board' }.priorities.number", contains(2))
        .body(
            "find { it.name == 'Strategic System Leadership Board' }.cadence", equalTo("QUARTERLY"))
        .body(
            "find { it.name == \"Children's Improvement Board\" }.chair",
            equalTo("Theresa Leavy (Independent Chair)"));
  }

  @Test
  void shouldTrackAnActionArisingAcrossMeetingsUntilItIsDone() {
    long board = newBoard("Arising board", List.of(priorityId(4)), List.of());
    LocalDate today = LocalDate.now();
    long first = newMeeting(board, today.minusDays(40), "HELD");
    long second = newMeeting(board, today.minusDays(10), "HELD");
    long third = newMeeting(board, today.plusDays(20), "PLANNED");
    long item =
        api()
            .body(
                Map.of(
                    "text", "Bring the edge of care proposal",
                    "owner", "HOS Targeted Support",
                    "dueDate", today.minusDays(1).toString()))
            .post("/api/v1/meetings/" + first + "/actions-arising")
            .then()
            .statusCode(201)
            .body("status", equalTo("OPEN"))
            .extract()
            .jsonPath()
            .getLong("id");

    // Still open two meetings later, and overdue.
    api()
        .get("/api/v1/meetings/" + third + "/actions-arising")
        .then()
        .statusCode(200)
        .body("find { it.id == " + item + " }.overdue", equalTo(true))
        .body("find { it.id == " + item + " }.raisedOn", equalTo(today.minusDays(40).toString()));

    api()
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "text", "Bring the edge of care proposal",
                "owner", "HOS Targeted Support",
                "status", "DONE"))
        .put("/api/v1/meetings/" + first + "/actions-arising/" + item)
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"))
        .body("closedOn", equalTo(today.toString()));

    // Closed since the previous meeting: the next meeting still sees it, as done.
    api()
        .get("/api/v1/meetings/" + third + "/actions-arising")
        .then()
        .body("find { it.id == " + item + " }.status", equalTo("DONE"));
    api()
        .get("/api/v1/meetings/" + second)
        .then()
        .statusCode(200)
        .body("previousMeeting.id", equalTo((int) first))
        .body("nextMeeting.id", equalTo((int) third));
  }

  @Test
  void shouldRefuseToRecordAFutureMeetingAsHeld() {
    long board = newBoard("Future board", List.of(), List.of());
    api()
        .body(
            Map.of(
                "boardId", board, "date", LocalDate.now().plusDays(3).toString(), "status", "HELD"))
        .post("/api/v1/meetings")
        .then()
        .statusCode(409);
  }

  @Test
  void shouldRecordEveryBoardChangeInTheAuditTrail() {
    long board = newBoard("Audited board", List.of(), List.of());
    org.improvementtracker.Api.as("admin")
        .get("/api/v1/audit-log?entityType=Board&entityId=" + board)
        .then()
        .statusCode(200)
        .body("items.event", hasItem("BOARD_CREATED"));
  }

  @Test
  void shouldRefuseADateNoPlanCanHoldNamingTheField() {
    long board = newBoard("Date range board", List.of(), List.of());
    long meeting = newMeeting(board, LocalDate.of(2023, 4, 6), "PLANNED");
    // Java reads these as dates (a number as days since 1970); PostgreSQL cannot keep or compute
    // with them.
    for (Object date : List.of("+169087565-03-15", 61_759_000_000L, "0099-12-31")) {
      api()
          .body(Map.of("boardId", board, "date", date, "status", "PLANNED"))
          .post("/api/v1/meetings")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("date"))
          .body(
              "errors[0].message",
              equalTo("must be a date between 1900 and 2999, written YYYY-MM-DD"));
    }
    // A board's first meeting has no earlier one to look back to.
    api().get("/api/v1/meetings/" + meeting + "/report").then().statusCode(200);
    api().get("/api/v1/meetings/" + meeting + "/actions-arising").then().statusCode(200);
  }
}
