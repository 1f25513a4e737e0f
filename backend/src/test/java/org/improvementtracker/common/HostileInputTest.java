package org.improvementtracker.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.improvementtracker.Api.anonymous;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.improvementtracker.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Input an attacker (or a broken script) sends: control characters, absurd page numbers, bodies of
 * the wrong shape, requests the HTTP layer itself refuses. Each is a 400-range problem, never a
 * 500.
 */
@QuarkusTest
class HostileInputTest {

  @Test
  void shouldRefuseANulByteInJsonTextEvenWhenSignedOut() {
    anonymous()
        .body(Map.of("username", "a\u0000b", "password", "whatever-password"))
        .post("/api/v1/session")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("username"))
        .body("errors[0].message", equalTo("must not contain control characters"));
  }

  @Test
  void shouldRefuseControlCharactersInNestedAndListFields() {
    api()
        .body(
            Map.of(
                "priorityId",
                1,
                "ref",
                "2.98",
                "action",
                "Audit the front door",
                "leads",
                List.of("HOS\u0000")))
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("leads[0]"));
    api()
        .body(Map.of("priorityId", 1, "ref", "2.98", "action", "Audit \u0007 the front door"))
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("action"));
  }

  @Test
  void shouldKeepLineBreaksAndTabsInText() {
    long id = org.improvementtracker.Api.newAction("First line\nsecond line\twith a tab");
    api()
        .get("/api/v1/actions/" + id)
        .then()
        .statusCode(200)
        .body("action", equalTo("First line\nsecond line\twith a tab"));
  }

  @Test
  void shouldRefuseControlCharactersInParameters() {
    api()
        .urlEncodingEnabled(false)
        .get("/api/v1/actions?q=a%00b")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("q"));
    api()
        .urlEncodingEnabled(false)
        .get("/api/v1/actions?lead=a%0Ab")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lead"));
    api()
        .urlEncodingEnabled(false)
        .get("/api/v1/findings/a%00b")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRefusePagesBeyondTheBound() {
    for (String list : List.of("/api/v1/actions", "/api/v1/indicators", "/api/v1/audit-log")) {
      as("admin")
          .get(list + "?page=21474838&size=100")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("page"));
      as("admin").get(list + "?page=10000&size=500").then().statusCode(200);
    }
  }

  @Test
  void shouldNotNameJavaClassesWhenTheBodyHasTheWrongShape() {
    for (String body : List.of("[1, 2]", "\"text\"", "42", "{\"ref\": {\"a\": 1}}")) {
      api()
          .body(body)
          .post("/api/v1/actions")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(not(containsString("org.improvementtracker")))
          .body(not(containsString("java.")))
          .body(not(containsString("Exception")));
    }
  }

  @Test
  void shouldAnswerTheHttpLayersOwnRefusalsAsProblems() {
    String tooLarge =
        RawHttp.send(
            "POST /api/v1/session HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 50000000");
    assertThat(
        tooLarge, allOf(startsWith("HTTP/1.1 413"), containsString("application/problem+json")));
    String tooLong = RawHttp.send("GET /api/v1/actions?q=" + "x".repeat(9000) + " HTTP/1.1");
    assertThat(
        tooLong, allOf(startsWith("HTTP/1.1 414"), containsString("application/problem+json")));
    String hugeHeaders =
        RawHttp.send("GET /api/v1/plans HTTP/1.1\r\nX-Padding: " + "x".repeat(20000));
    assertThat(
        hugeHeaders, allOf(startsWith("HTTP/1.1 431"), containsString("application/problem+json")));
  }

  @Test
  void shouldAnswerABadPercentEscapeInTheAddressWithAProblem() {
    for (String path : List.of("/api/v1/actions/%zz", "/api/v1/actions?q=%zz", "/api/v1/%")) {
      String answer = RawHttp.send("GET " + path + " HTTP/1.1");
      assertThat(
          path,
          answer,
          allOf(
              startsWith("HTTP/1.1 400"),
              containsString("application/problem+json"),
              containsString("\"status\":400")));
    }
  }

  @Test
  void shouldLetBrowsersCacheOnlyHashedAssets() {
    anonymous()
        .get("/robots-test.txt")
        .then()
        .statusCode(200)
        .header("Cache-Control", not(containsString("immutable")))
        .header("Cache-Control", equalTo("no-cache"));
    anonymous()
        .get("/assets/test-asset-3f2a1b.js")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("immutable"));
  }
}
