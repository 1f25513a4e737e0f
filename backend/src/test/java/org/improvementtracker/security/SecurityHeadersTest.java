package org.improvementtracker.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

  @Test
  void shouldSendSecurityHeadersOnEveryResponse() {
    anonymous()
        .get("/api/v1/plans")
        .then()
        .statusCode(401)
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("X-Request-Id", notNullValue())
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @Test
  void shouldNotAnswerCrossOriginRequests() {
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/v1/session")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
    anonymous()
        .header("Origin", "https://evil.example")
        .body("{}")
        .post("/api/v1/session")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
