package org.improvementtracker.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.improvementtracker.Api.anonymous;
import static org.improvementtracker.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.improvementtracker.LogCapture;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** What an operator watches: health, metrics, and a request id tying answers to log lines. */
@QuarkusTest
class OperationsTest {

  @Test
  void shouldReportLivenessAndReadinessIncludingTheDatabase() {
    anonymous().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    anonymous()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database")));
  }

  @Test
  void shouldExposeRequestAndPoolMetricsForPrometheus() {
    api().get("/api/v1/plans").then().statusCode(200);
    String metrics =
        anonymous()
            .accept("text/plain")
            .get("/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(metrics, containsString("http_server_requests_seconds_count"));
    assertThat(metrics, containsString("uri=\"/api/v1/plans\""));
    assertThat(metrics, containsString("agroal_active_count"));
  }

  @Test
  void shouldCarryTheRequestIdInProblemsAndLogLines() {
    List<ExtLogRecord> records =
        LogCapture.during(
            org.improvementtracker.security.SessionService.class,
            () ->
                anonymous()
                    .header("X-Request-Id", "board-pack-run-42")
                    .body(Map.of("username", "no-such-person", "password", "wrong-password"))
                    .post("/api/v1/session")
                    .then()
                    .statusCode(401)
                    .header("X-Request-Id", "board-pack-run-42")
                    .body("requestId", equalTo("board-pack-run-42")));
    assertThat(
        records.stream().map(r -> r.getMdc(RequestIds.MDC_KEY)).toList(),
        hasItem("board-pack-run-42"));
    // An id that could forge log lines is replaced by one of ours.
    anonymous()
        .header("X-Request-Id", "x\u0085forged")
        .get("/api/v1/plans")
        .then()
        .header("X-Request-Id", not(containsString("forged")));
  }
}
