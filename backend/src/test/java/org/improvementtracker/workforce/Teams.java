package org.improvementtracker.workforce;

import static org.improvementtracker.Api.api;

import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Teams of their own, and derived figures, for tests that share one database. */
public final class Teams {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Teams() {}

  /** Creates a team with a fresh code (e.g. TQ1730042) and returns its id. */
  public static long newTeam(String name) {
    String code = "TQ" + (System.nanoTime() % 1_000_000) + NEXT.incrementAndGet();
    return api()
        .body(Map.of("code", code, "name", name + " " + code, "serviceArea", "Test area"))
        .post("/api/v1/teams")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** The demo plan's indicator with this number. */
  public static long indicatorId(int number) {
    return api()
        .get("/api/v1/indicators?size=500")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("items.find { it.number == " + number + " && it.derivation != null }.id");
  }

  /** A derived indicator's figures for one month (an empty list when it has none). */
  public static Response figuresOf(int number, String month) {
    return api()
        .get(
            "/api/v1/indicators/" + indicatorId(number) + "/values?from=" + month + "&to=" + month);
  }
}
