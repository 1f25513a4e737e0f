package org.improvementtracker.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.improvementtracker.Api.anonymous;
import static org.improvementtracker.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
    List<LogRecord> records = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            // The logging context is read when the line is written: keep it with the record.
            ((ExtLogRecord) record).copyAll();
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger("org.improvementtracker.security.SessionService");
    logger.addHandler(capture);
    try {
      anonymous()
          .header("X-Request-Id", "board-pack-run-42")
          .body(Map.of("username", "no-such-person", "password", "wrong-password"))
          .post("/api/v1/session")
          .then()
          .statusCode(401)
          .header("X-Request-Id", "board-pack-run-42")
          .body("requestId", equalTo("board-pack-run-42"));
    } finally {
      logger.removeHandler(capture);
    }
    assertThat(
        records.stream().map(r -> ((ExtLogRecord) r).getMdc(RequestIds.MDC_KEY)).toList(),
        hasItem("board-pack-run-42"));
    // An id that could forge log lines is replaced by one of ours.
    anonymous()
        .header("X-Request-Id", "x\u0085forged")
        .get("/api/v1/plans")
        .then()
        .header("X-Request-Id", not(containsString("forged")));
  }
}
