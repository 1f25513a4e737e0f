package org.improvementtracker.caseaudit;

import static org.improvementtracker.Api.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Case audits of their own, for tests that share one database. */
public final class Audits {

  private Audits() {}

  /** A complete, valid case-file audit of a team, completed on {@code day} of {@code month}. */
  public static Map<String, Object> auditBody(long team, String month, int day) {
    Map<String, Object> body = new HashMap<>();
    body.put("auditDate", month + "-01");
    body.put("teamId", team);
    body.put("auditor", "Sam Okafor (QA Lead)");
    body.put("type", "CASE_FILE");
    body.put("caseReference", "CF-" + (100000 + day));
    body.put("grade", "GOOD");
    body.put("moderatedGrade", "GOOD");
    body.put("dueDate", month + "-10");
    body.put("completedDate", month + "-" + String.format("%02d", day));
    body.put("themes", List.of("Voice of the child"));
    body.put("learning", "The plan is clear.");
    return body;
  }

  /** Adds an open recommendation to an audit and returns its id. */
  public static long newRecommendation(long audit, String text, String owner, String dueDate) {
    return api()
        .body(Map.of("text", text, "owner", owner, "dueDate", dueDate))
        .post("/api/v1/audits/" + audit + "/recommendations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
