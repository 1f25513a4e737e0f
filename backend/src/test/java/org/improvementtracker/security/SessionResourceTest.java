package org.improvementtracker.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.improvementtracker.Api.anonymous;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.Api.signIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest {

  /** A fresh account per test, so that lockouts and password changes stay local. */
  private static String newUser(String username, String role) {
    return Api.newUser(username, role);
  }

  @Test
  void shouldSignInWithAnHttpOnlyStrictCookieAndShowWhoIAm() {
    Response response =
        anonymous()
            .body(Map.of("username", "Editor", "password", "editor-password"))
            .post("/api/v1/session")
            .then()
            .statusCode(200)
            .body("user.username", equalTo("editor"))
            .body("user.role", equalTo("EDITOR"))
            .body("user.organisation.name", equalTo("Plymouth City Council"))
            .extract()
            .response();
    String setCookie =
        response.getHeaders().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("tracker_session="))
            .findFirst()
            .orElseThrow();
    org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("HttpOnly"));
    org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Strict"));

    anonymous()
        .cookies(response.getCookies())
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Erin Editor (Head of Service)"))
        .body("via", equalTo("SESSION"))
        .body("permissions", hasItem("plan:edit"))
        .body("permissions", not(hasItem("admin")));
  }

  @Test
  void shouldRefuseWrongPasswordsWithoutSayingWhichPartWasWrong() {
    anonymous()
        .body(Map.of("username", "editor", "password", "not-the-password"))
        .post("/api/v1/session")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", equalTo("Username or password is incorrect"));
    anonymous()
        .body(Map.of("username", "nobody-at-all", "password", "not-the-password"))
        .post("/api/v1/session")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Username or password is incorrect"));
  }

  @Test
  void shouldAnswer401WithProblemJsonWithoutCredentials() {
    anonymous()
        .get("/api/v1/actions")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
    anonymous()
        .auth()
        .oauth2("itk_not-a-real-token")
        .get("/api/v1/actions")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRequireTheCsrfTokenForCookieWrites() {
    Api.Session session = signIn("editor", "editor-password");
    Map<String, Object> body = Map.of("text", "Evidence through the browser");
    long action = Api.newAction("CSRF check");
    anonymous()
        .cookies(session.cookies())
        .body(body)
        .post("/api/v1/actions/" + action + "/progress-updates")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/csrf"));
    anonymous()
        .cookies(session.cookies())
        .header("X-CSRF-Token", "guessed")
        .body(body)
        .post("/api/v1/actions/" + action + "/progress-updates")
        .then()
        .statusCode(403);
    session
        .request()
        .body(body)
        .post("/api/v1/actions/" + action + "/progress-updates")
        .then()
        .statusCode(201);
  }

  @Test
  void shouldEndTheSessionAtOnceOnSignOut() {
    Api.Session session = signIn("viewer", "viewer-password");
    session.request().get("/api/v1/me").then().statusCode(200);
    session.request().delete("/api/v1/session").then().statusCode(204);
    session.request().get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void shouldEndSessionsWhenTheUserIsDisabledOrThePasswordChanges() {
    String password = newUser("session-ender", "VIEWER");
    Api.Session first = signIn("session-ender", password);
    long id =
        as("admin")
            .get("/api/v1/users")
            .then()
            .extract()
            .jsonPath()
            .getLong("find { it.username == 'session-ender' }.id");

    as("admin")
        .contentType("application/merge-patch+json")
        .body(Map.of("password", "a-brand-new-password"))
        .patch("/api/v1/users/" + id)
        .then()
        .statusCode(200);
    first.request().get("/api/v1/me").then().statusCode(401);

    Api.Session second = signIn("session-ender", "a-brand-new-password");
    second.request().get("/api/v1/me").then().statusCode(200);
    as("admin")
        .contentType("application/merge-patch+json")
        .body(Map.of("enabled", false))
        .patch("/api/v1/users/" + id)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    second.request().get("/api/v1/me").then().statusCode(401);
    anonymous()
        .body(Map.of("username", "session-ender", "password", "a-brand-new-password"))
        .post("/api/v1/session")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldLockAfterRepeatedFailuresWithRetryAfter() {
    String password = newUser("lock-me", "VIEWER");
    for (int i = 0; i < 5; i++) {
      Api.from("192.0.2.10")
          .body(Map.of("username", "lock-me", "password", "wrong-password-" + i))
          .post("/api/v1/session")
          .then()
          .statusCode(401);
    }
    // Locked now: even the right password waits.
    Api.from("192.0.2.10")
        .body(Map.of("username", "lock-me", "password", password))
        .post("/api/v1/session")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.notNullValue())
        .body("detail", containsString("try again in"));
    as("admin")
        .get("/api/v1/audit-log?user=lock-me")
        .then()
        .statusCode(200)
        .body("items.event", hasItem("LOGIN_FAILED"));
  }

  @Test
  void shouldSayThatNoSingleSignOnIsConfiguredHere() {
    anonymous()
        .get("/api/v1/session/options")
        .then()
        .statusCode(200)
        .body("password", equalTo(true))
        .body("singleSignOn", equalTo(false));
    anonymous().get("/api/v1/session/sso").then().statusCode(404);
  }

  @Test
  void shouldValidateTheSignInBody() {
    anonymous()
        .body(Map.of("username", "editor"))
        .post("/api/v1/session")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
  }
}
