package org.improvementtracker.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void shouldRecordEveryChangeToAnActionWithWhoAndBeforeAndAfter() {
    long id = Api.newAction("Audited action");
    api()
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("impact", "Fewer re-referrals"))
        .patch("/api/v1/actions/" + id)
        .then()
        .statusCode(200);
    api()
        .body(Map.of("text", "Audit evidence"))
        .post("/api/v1/actions/" + id + "/progress-updates")
        .then()
        .statusCode(201);
    api()
        .body(Map.of("rag", "AMBER", "reason", "Started"))
        .post("/api/v1/actions/" + id + "/rag")
        .then()
        .statusCode(200);
    api().delete("/api/v1/actions/" + id).then().statusCode(204);

    as("viewer")
        .get("/api/v1/actions/" + id + "/history")
        .then()
        .statusCode(200)
        .body(
            "event",
            contains(
                "ACTION_CREATED",
                "ACTION_UPDATED",
                "PROGRESS_RECORDED",
                "RAG_CHANGED",
                "ACTION_ARCHIVED"))
        .body("username", everyItem(equalTo("editor")))
        .body("tokenId", everyItem(notNullValue()))
        .body("[1].before.impact", equalTo(""))
        .body("[1].after.impact", equalTo("Fewer re-referrals"))
        .body("[3].before.rag", nullValue())
        .body("[3].after.rag", equalTo("AMBER"))
        .body("[3].after.reason", equalTo("Started"))
        // Addresses are personal data: only admins see them, in the audit log.
        .body("clientAddress", everyItem(nullValue()));

    as("admin")
        .get("/api/v1/audit-log?entityType=Action&entityId=" + id)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(5))
        .body("items.clientAddress", everyItem(notNullValue()))
        .body("items.requestId", everyItem(notNullValue()));
  }

  @Test
  void shouldShowRecentPlanChangesToEveryReader() {
    long id = Api.newAction("Recently changed action");
    as("viewer")
        .get("/api/v1/recent-changes?limit=5")
        .then()
        .statusCode(200)
        .body("[0].event", equalTo("ACTION_CREATED"))
        .body("[0].entityId", equalTo(String.valueOf(id)))
        .body("clientAddress", everyItem(nullValue()));
    as("viewer").get("/api/v1/recent-changes?limit=1000").then().statusCode(400);
  }

  @Test
  void shouldRecordSignInsAndTokens() {
    Api.signIn("viewer", "viewer-password");
    as("admin")
        .get("/api/v1/audit-log?user=viewer")
        .then()
        .statusCode(200)
        .body("items.event", hasItem("LOGIN"));
    Api.Session session = Api.signIn("viewer", "viewer-password");
    long token =
        session
            .request()
            .body(Map.of("name", "audit me", "scopes", java.util.List.of("read")))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("token.id");
    session.request().delete("/api/v1/tokens/" + token).then().statusCode(204);
    as("admin")
        .get("/api/v1/audit-log?entityType=ApiToken&entityId=" + token)
        .then()
        .body("items.event", contains("TOKEN_REVOKED", "TOKEN_CREATED"));
  }

  @Test
  void shouldListAFailedSignInForAnUnknownName() {
    // The entry is about no one account: the trail must still list it, not fail to.
    String name = "nobody-" + System.nanoTime();
    Api.anonymous()
        .body(Map.of("username", name, "password", "not-a-password-at-all"))
        .post("/api/v1/session")
        .then()
        .statusCode(401);
    as("admin")
        .get("/api/v1/audit-log?user=" + name)
        .then()
        .statusCode(200)
        .body("items.event", contains("LOGIN_FAILED"))
        .body("items[0].subject", equalTo("User"));
  }

  @Test
  void shouldFilterAndValidateTheAuditLog() {
    as("admin")
        .get("/api/v1/audit-log?from=2000-01-01&to=2000-01-31")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    as("admin")
        .get("/api/v1/audit-log?from=yesterday")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
  }

  @Test
  void shouldRefuseToAlterTheTrailEvenInTheDatabase() throws SQLException {
    Api.newAction("Make at least one entry");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> statement.executeUpdate("update audit_event set username = 'x'"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_event"));
    }
  }
}
