package org.improvementtracker.security;

import static org.improvementtracker.Api.signIn;
import static org.improvementtracker.StatementCounter.selectsDuring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

/**
 * A credential verified moments ago is answered from memory, yet a change made elsewhere (another
 * server, a script on the database) ends it at once, and while the server cannot hear such changes
 * it checks every request against the database.
 */
@QuarkusTest
class CredentialCacheTest {
  @Inject AgroalDataSource dataSource;

  private record Token(long id, String secret) {}

  private static Token newToken() {
    var created =
        signIn("performance", "performance-password")
            .request()
            .body(Map.of("name", "cache check", "scopes", List.of("read")))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new Token(created.getLong("token.id"), created.getString("secret"));
  }

  private static int status(Token token) {
    return Api.anonymous().auth().oauth2(token.secret()).get("/api/v1/plans").statusCode();
  }

  private void sql(String statement, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      prepared.execute();
    }
  }

  private boolean listenerConnected() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*) from pg_stat_activity where application_name = '"
                    + CredentialChangeListener.APPLICATION_NAME
                    + "'")) {
      rows.next();
      return rows.getInt(1) == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How long {@code condition} took to hold, failing after five seconds. */
  private static Duration timeUntil(BooleanSupplier condition) throws InterruptedException {
    Instant start = Instant.now();
    while (!condition.getAsBoolean()) {
      assertTrue(
          Duration.between(start, Instant.now()).toSeconds() < 5, "still not true after 5 s");
      Thread.sleep(5);
    }
    return Duration.between(start, Instant.now());
  }

  @Test
  void shouldAuthenticateACredentialVerifiedMomentsAgoWithoutReadingTheDatabase() {
    Token token = newToken();
    Runnable me =
        () ->
            Api.anonymous().auth().oauth2(token.secret()).get("/api/v1/me").then().statusCode(200);
    assertEquals(1, selectsDuring(me), "the first request reads the token");
    assertEquals(0, selectsDuring(me), "the next one is answered from memory");
  }

  @Test
  void shouldRefuseATokenRevokedStraightInTheDatabaseWithinAMoment() throws Exception {
    Token token = newToken();
    assertTrue(status(token) == 200 && status(token) == 200);

    // As another server (or an administrator's script) would revoke it.
    sql("update api_token set revoked_at = now() where id = ?", token.id());

    Duration refusedAfter = timeUntil(() -> status(token) == 401);
    assertTrue(
        refusedAfter.toMillis() < 1000,
        "the revoked token still worked for " + refusedAfter.toMillis() + " ms");
  }

  @Test
  void shouldCheckEveryCredentialAgainstTheDatabaseUntilItHearsChangesAgain() throws Exception {
    timeUntil(this::listenerConnected);
    Token token = newToken();
    assertTrue(status(token) == 200);

    // The listener's connection drops: a revocation now sends a notice nobody hears.
    sql(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
        CredentialChangeListener.APPLICATION_NAME);
    sql("update api_token set revoked_at = now() where id = ?", token.id());

    timeUntil(() -> status(token) == 401);
    timeUntil(this::listenerConnected);
    Token next = newToken();
    assertTrue(status(next) == 200);
  }
}
