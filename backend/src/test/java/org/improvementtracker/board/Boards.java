package org.improvementtracker.board;

import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Creates boards and meetings for tests through the API. */
public final class Boards {
  private Boards() {}

  public static long planId() {
    return api().get("/api/v1/plans").then().statusCode(200).extract().jsonPath().getLong("[0].id");
  }

  public static long organisationId(String name) {
    return as("admin")
        .get("/api/v1/organisations")
        .then()
        .extract()
        .jsonPath()
        .getLong("find { it.name == '" + name + "' }.id");
  }

  /** A board overseeing the given priorities, with the given organisations sitting on it. */
  public static long newBoard(String name, List<Long> priorityIds, List<Long> organisationIds) {
    return api()
        .body(
            Map.of(
                "planId",
                planId(),
                "name",
                name,
                "chair",
                "Independent Chair",
                "cadence",
                "MONTHLY",
                "priorityIds",
                priorityIds,
                "organisationIds",
                organisationIds))
        .post("/api/v1/boards")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static long newMeeting(long boardId, LocalDate date, String status) {
    return api()
        .body(Map.of("boardId", boardId, "date", date.toString(), "status", status))
        .post("/api/v1/meetings")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
