package org.improvementtracker.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.improvementtracker.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserAdminTest {

  private static long organisation(String kind) {
    return as("admin")
        .get("/api/v1/organisations")
        .then()
        .extract()
        .jsonPath()
        .getLong("find { it.kind == '" + kind + "' }.id");
  }

  private static Map<String, Object> user(String username, long organisation, String role) {
    return new HashMap<>(
        Map.of(
            "username", username,
            "displayName", "Someone",
            "organisationId", organisation,
            "role", role,
            "password", "correct-horse-battery"));
  }

  @Test
  void shouldCreateAUserWhoCanSignIn() {
    as("admin")
        .body(user("New.Head", organisation("COUNCIL"), "EDITOR"))
        .post("/api/v1/users")
        .then()
        .statusCode(201)
        .body("username", equalTo("new.head"))
        .body("role", equalTo("EDITOR"))
        .body("enabled", equalTo(true));
    Api.signIn("new.head", "correct-horse-battery");
    as("admin").get("/api/v1/users").then().body("username", hasItem("new.head"));
  }

  @Test
  void shouldEndSessionsAndRevokeTokensForGoodWhenAUserIsDisabled() {
    long id =
        as("admin")
            .body(user("leaver", organisation("COUNCIL"), "EDITOR"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Api.Session session = Api.signIn("leaver", "correct-horse-battery");
    String token =
        session
            .request()
            .body(Map.of("name", "script", "scopes", List.of("read")))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    as("admin").body(Map.of("enabled", false)).patch("/api/v1/users/" + id).then().statusCode(200);
    as("admin").body(Map.of("enabled", true)).patch("/api/v1/users/" + id).then().statusCode(200);

    session.request().get("/api/v1/me").then().statusCode(401);
    Api.anonymous().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    as("admin")
        .get("/api/v1/tokens?all=true")
        .then()
        .body("find { it.prefix == '" + token.substring(0, 12) + "' }.revokedAt", notNullValue());
    // Signing in again works: the account is back, its old credentials are not.
    Api.signIn("leaver", "correct-horse-battery");
  }

  @Test
  void shouldNarrowATokenToWhatItsOwnersRoleNowGrants() {
    long id =
        as("admin")
            .body(user("demoted", organisation("COUNCIL"), "EDITOR"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String token =
        Api.signIn("demoted", "correct-horse-battery")
            .request()
            .body(Map.of("name", "script", "scopes", List.of("read", "actions:write")))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    as("admin").body(Map.of("role", "VIEWER")).patch("/api/v1/users/" + id).then().statusCode(200);

    Api.anonymous()
        .auth()
        .oauth2(token)
        .body(Map.of("name", "wider", "scopes", List.of("read", "actions:write")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scopes"));
    Api.anonymous()
        .auth()
        .oauth2(token)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("role", equalTo("VIEWER"))
        .body("scopes", not(hasItem("actions:write")));
  }

  @Test
  void shouldValidateUsers() {
    Map<String, Object> shortPassword = user("shorty", organisation("COUNCIL"), "VIEWER");
    shortPassword.put("password", "short");
    as("admin")
        .body(shortPassword)
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
    as("admin")
        .body(user("editor", organisation("COUNCIL"), "VIEWER"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("username"));
    as("admin")
        .body(user("cop", organisation("PARTNER"), "EDITOR"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
    as("admin")
        .body(user("no org", 424242, "CHIEF"))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
  }

  @Test
  void shouldNotDisableTheLastAdmin() {
    Map<String, Long> ids =
        as("admin")
            .get("/api/v1/users")
            .then()
            .extract()
            .jsonPath()
            .getMap("collectEntries { [it.username, it.id] }");
    as("admin")
        .contentType("application/merge-patch+json")
        .body(Map.of("enabled", false))
        .patch("/api/v1/users/" + ids.get("demo-admin"))
        .then()
        .statusCode(200);
    as("admin")
        .contentType("application/merge-patch+json")
        .body(Map.of("role", "VIEWER"))
        .patch("/api/v1/users/" + ids.get("admin"))
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("last enabled admin"));
    as("admin").get("/api/v1/me").then().statusCode(200).body("role", equalTo("ADMIN"));
  }

  @Test
  void shouldCreateOrganisationsOnce() {
    as("admin")
        .body(Map.of("name", "Plymouth Schools Partnership", "kind", "PARTNER"))
        .post("/api/v1/organisations")
        .then()
        .statusCode(201)
        .body("kind", equalTo("PARTNER"));
    as("admin")
        .body(Map.of("name", "plymouth schools partnership", "kind", "PARTNER"))
        .post("/api/v1/organisations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    as("viewer")
        .get("/api/v1/organisations")
        .then()
        .statusCode(200)
        .body("name", hasItem("NHS Devon"));
  }
}
