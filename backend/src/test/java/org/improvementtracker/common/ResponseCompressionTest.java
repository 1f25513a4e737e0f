package org.improvementtracker.common;

import static org.hamcrest.Matchers.equalTo;
import static org.improvementtracker.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseCompressionTest {

  @Test
  void shouldCompressJsonAndCsvForClientsThatAcceptIt() {
    api()
        .header("Accept-Encoding", "gzip")
        .get("/api/v1/actions?size=20")
        .then()
        .statusCode(200)
        .header("Content-Encoding", equalTo("gzip"))
        .header("Cache-Control", equalTo("no-store"));
    api()
        .header("Accept-Encoding", "gzip")
        .accept("text/csv")
        .get("/api/v1/scorecard")
        .then()
        .statusCode(200)
        .header("Content-Encoding", equalTo("gzip"));
  }
}
