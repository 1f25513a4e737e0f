package org.improvementtracker.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.improvementtracker.Api.anonymous;
import static org.improvementtracker.Api.signIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenResourceTest {

  private static JsonPath create(Api.Session session, String name, List<String> scopes) {
    return session
        .request()
        .body(Map.of("name", name, "scopes", scopes))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .body("secret", startsWith("itk_"))
        .extract()
        .jsonPath();
  }

  @Test
  void shouldShowTheSecretOnceAndNeverList() {
    Api.Session session = signIn("performance", "performance-password");
    JsonPath created = create(session, "monthly upload", List.of("indicators:write"));
    String secret = created.getString("secret");
    session
        .request()
        .get("/api/v1/tokens")
        .then()
        .statusCode(200)
        .body("name", hasItem("monthly upload"))
        .body(not(containsString(secret)))
        .body("find { it.name == 'monthly upload' }.prefix", equalTo(secret.substring(0, 12)))
        .body("find { it.name == 'monthly upload' }.lastUsedAt", nullValue());

    anonymous()
        .auth()
        .oauth2(secret)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("via", equalTo("TOKEN"));
    session
        .request()
        .get("/api/v1/tokens")
        .then()
        .body("find { it.name == 'monthly upload' }.lastUsedAt", notNullValue());
  }

  @Test
  void shouldOnlyNarrowTheRole() {
    Api.Session viewer = signIn("viewer", "viewer-password");
    viewer
        .request()
        .body(Map.of("name", "too much", "scopes", List.of("read", "actions:write")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scopes"))
        .body("errors[0].message", containsString("actions:write"));

    // An editor's read-only token cannot write, although the editor can.
    Api.Session editor = signIn("editor", "editor-password");
    String readOnly = create(editor, "board pack", List.of("read")).getString("secret");
    anonymous()
        .auth()
        .oauth2(readOnly)
        .body(Map.of("text", "sneaky"))
        .post("/api/v1/actions/1/progress-updates")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    anonymous().auth().oauth2(readOnly).get("/api/v1/actions/1").then().statusCode(200);

    // ...and cannot mint a wider token for itself.
    anonymous()
        .auth()
        .oauth2(readOnly)
        .body(Map.of("name", "escalate", "scopes", List.of("actions:write")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scopes"));
  }

  @Test
  void shouldFailAtOnceOnceRevoked() {
    Api.Session session = signIn("partner", "partner-password");
    JsonPath created = create(session, "police script", List.of("read"));
    String secret = created.getString("secret");
    long id = created.getLong("token.id");
    anonymous().auth().oauth2(secret).get("/api/v1/plans").then().statusCode(200);
    session.request().delete("/api/v1/tokens/" + id).then().statusCode(204);
    anonymous().auth().oauth2(secret).get("/api/v1/plans").then().statusCode(401);
    session
        .request()
        .get("/api/v1/tokens")
        .then()
        .body("find { it.id == " + id + " }.revokedAt", notNullValue());
  }

  @Test
  void shouldListEveryonesTokensForAdminsOnly() {
    create(signIn("viewer", "viewer-password"), "board pack reader", List.of("read"));
    Api.as("admin")
        .get("/api/v1/tokens?all=true")
        .then()
        .statusCode(200)
        .body("username", hasItem("viewer"));
    signIn("partner", "partner-password")
        .request()
        .get("/api/v1/tokens?all=true")
        .then()
        .statusCode(200)
        .body("username", everyItem(equalTo("partner")));
  }

  @Test
  void shouldNotRevealOrRevokeOtherPeoplesTokens() {
    long theirs =
        create(signIn("health", "health-password"), "nhs feed", List.of("read"))
            .getLong("token.id");
    signIn("partner", "partner-password")
        .request()
        .delete("/api/v1/tokens/" + theirs)
        .then()
        .statusCode(404);
  }

  @Test
  void shouldValidateExpiryAndScopes() {
    Api.Session session = signIn("editor", "editor-password");
    session
        .request()
        .body(
            Map.of(
                "name", "old",
                "scopes", List.of("read"),
                "expiresAt", OffsetDateTime.now().minusDays(1).toString()))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("expiresAt"));
    session
        .request()
        .body(Map.of("name", "bad", "scopes", List.of("everything")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scopes[0]"))
        .body("errors[0].message", startsWith("must be one of read"));
    session
        .request()
        .body(Map.of("name", "none", "scopes", List.of()))
        .post("/api/v1/tokens")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scopes"));
  }
}
