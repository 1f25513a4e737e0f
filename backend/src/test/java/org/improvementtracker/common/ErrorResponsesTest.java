package org.improvementtracker.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.improvementtracker.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error is RFC 9457 problem+json, with JSON field names and no internals. */
@QuarkusTest
class ErrorResponsesTest {

  @Test
  void shouldExplainMalformedJson() {
    api()
        .body("{\"ref\": ")
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed JSON"))
        .body("status", equalTo(400))
        .body("instance", equalTo("/api/v1/actions"))
        .body(not(containsString("Exception")))
        .body(not(containsString("com.fasterxml")));
  }

  @Test
  void shouldNameTheFieldOfAWrongTypeOrUnknownEnum() {
    api()
        .body(Map.of("rag", "PURPLE", "reason", "x"))
        .post("/api/v1/actions/1/rag")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rag"))
        .body("errors[0].message", equalTo("must be one of RED, AMBER, AMBER_E, GREEN"));
    api()
        .body(Map.of("priorityId", "two", "ref", "1.1", "action", "x"))
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("priorityId"))
        .body("errors[0].message", equalTo("must be a number"));
    api()
        .body(Map.of("priorityId", 1, "ref", "1.1", "action", "x", "dueDate", "31/03/2023"))
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dueDate"))
        .body("errors[0].message", containsString("YYYY-MM-DD"));
  }

  @Test
  void shouldRefuseUnknownFields() {
    api()
        .body(Map.of("priorityId", 1, "ref", "1.1", "action", "x", "colour", "red"))
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("colour"))
        .body("errors[0].message", equalTo("is not a known field"));
  }

  @Test
  void shouldRequireABody() {
    api()
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldAnswer415ForOtherMediaTypes() {
    api()
        .contentType("text/plain")
        .body("ref=1.1")
        .post("/api/v1/actions")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("status", equalTo(415));
  }

  @Test
  void shouldAnswer404ForUnknownPathsAnd405ForWrongMethods() {
    api()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    api().delete("/api/v1/plans").then().statusCode(405).contentType("application/problem+json");
  }
}
