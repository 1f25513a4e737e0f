package org.improvementtracker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.improvementtracker.common.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several servers behind a load balancer on one PostgreSQL: two packaged servers started at the
 * same moment on one empty database, and whichever answers, a session, a token's revocation and the
 * sign-in throttle are the same.
 */
class TwoServersIT {
  private static final String ADMIN_PASSWORD = "two-servers-admin-password";
  private static EmbeddedDatabase database;
  private static PackagedServer a;
  private static PackagedServer b;

  @BeforeAll
  static void startTwoServersAtOnceOnOneEmptyDatabase() throws Exception {
    database =
        EmbeddedDatabase.start(
            Files.createTempDirectory("tracker-two-servers"),
            EmbeddedDatabase.Durability.FAST_FOR_TESTS);
    a = PackagedServer.start("a", onOneDatabase(false));
    // B is configured as served over HTTPS (SECURE_COOKIES=true); everything else is the same.
    b = PackagedServer.start("b", onOneDatabase(true));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    a.awaitReady(deadline);
    b.awaitReady(deadline);
  }

  /** The shared database, and behind the load balancer: each test client has its own address. */
  private static Map<String, String> onOneDatabase(boolean behindHttps) {
    Map<String, String> datasource = database.datasourceConfig();
    return Map.of(
        "QUARKUS_DATASOURCE_JDBC_URL", datasource.get("quarkus.datasource.jdbc.url"),
        "QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"),
        "QUARKUS_DATASOURCE_PASSWORD", datasource.get("quarkus.datasource.password"),
        "ADMIN_PASSWORD", ADMIN_PASSWORD,
        "SECURE_COOKIES", Boolean.toString(behindHttps),
        "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true",
        "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
  }

  @AfterAll
  static void stopThem() throws InterruptedException {
    for (PackagedServer server : new PackagedServer[] {a, b}) {
      if (server != null) {
        server.stop();
      }
    }
    if (database != null) {
      database.stop();
    }
  }

  @Test
  void shouldAnswerTheProbesTheKubernetesManifestsUse() {
    for (PackagedServer server : new PackagedServer[] {a, b}) {
      for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
        given().baseUri(server.url()).get(probe).then().statusCode(200);
      }
    }
  }

  @Test
  void shouldTellBrowsersToKeepToHttpsOnlyWhenServedOverIt() {
    b.from("192.0.2.30")
        .get("/api/v1/plans")
        .then()
        .statusCode(401)
        .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
    a.from("192.0.2.30")
        .get("/api/v1/plans")
        .then()
        .statusCode(401)
        .header("Strict-Transport-Security", nullValue());
  }

  @Test
  void shouldAnswerAMalformedAddressWithAProblem() {
    // REST Assured would re-encode the address: send it as it is.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", URI.create(a.url()).getPort())) {
      socket
          .getOutputStream()
          .write(
              "GET /api/v1/actions/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer, startsWith("HTTP/1.1 400"));
      assertThat(answer, containsString("application/problem+json"));
      assertThat(answer, containsString("\"status\":400"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void shouldSetUpAnEmptyDatabaseOnceWhenTwoServersStartTogether() throws SQLException {
    assertEquals(1, count("select count(*) from plan"), "the demo plan is loaded once");
    assertEquals(1, count("select count(*) from app_user where username = 'admin'"));
    assertEquals(1, count("select count(*) from organisation where kind = 'COUNCIL'"));
  }

  @Test
  void shouldHonourASessionFromOneServerOnTheOtherUntilItEndsOnEither() {
    Response signedIn = a.signIn("192.0.2.10", "editor");
    Map<String, String> cookies = signedIn.getCookies();
    String csrf = signedIn.jsonPath().getString("csrfToken");

    b.from("192.0.2.10").cookies(cookies).get("/api/v1/me").then().statusCode(200);
    // A write on B with the session and CSRF token that A gave.
    long actionId =
        b.from("192.0.2.10")
            .cookies(cookies)
            .get("/api/v1/actions?size=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    b.from("192.0.2.10")
        .cookies(cookies)
        .header("X-CSRF-Token", csrf)
        .body(Map.of("date", "2023-05-01", "text", "Reported at the May board"))
        .post("/api/v1/actions/" + actionId + "/progress-updates")
        .then()
        .statusCode(201);

    b.from("192.0.2.10")
        .cookies(cookies)
        .header("X-CSRF-Token", csrf)
        .delete("/api/v1/session")
        .then()
        .statusCode(204);
    a.from("192.0.2.10").cookies(cookies).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void shouldRefuseATokenOnOneServerTheMomentItIsRevokedOnTheOther() {
    Response signedIn = a.signIn("192.0.2.20", "performance");
    Response created =
        a.from("192.0.2.20")
            .cookies(signedIn.getCookies())
            .header("X-CSRF-Token", signedIn.jsonPath().getString("csrfToken"))
            .body(Map.of("name", "monthly upload", "scopes", List.of("read")))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .response();
    String secret = created.jsonPath().getString("secret");
    long tokenId = created.jsonPath().getLong("token.id");

    b.from("192.0.2.21").auth().oauth2(secret).get("/api/v1/plans").then().statusCode(200);
    a.from("192.0.2.20")
        .cookies(signedIn.getCookies())
        .header("X-CSRF-Token", signedIn.jsonPath().getString("csrfToken"))
        .delete("/api/v1/tokens/" + tokenId)
        .then()
        .statusCode(204);
    b.from("192.0.2.21").auth().oauth2(secret).get("/api/v1/plans").then().statusCode(401);
  }

  @Test
  void shouldReplayAnIdempotentUploadWhicheverServerTheRepeatReaches() throws Exception {
    String token = a.bulkToken("192.0.2.50", "monthly figures");

    // March's figure is final: its correction says why.
    String march = "indicator,period,value,note\n9,2023-03,4.6,Late outcomes recorded\n";
    Response first = upload(a, token, "march-2023", march);
    first.then().statusCode(200).header("Idempotent-Replayed", nullValue());
    Response repeat = upload(b, token, "march-2023", march);
    repeat.then().statusCode(200).header("Idempotent-Replayed", equalTo("true"));
    assertEquals(first.asString(), repeat.asString(), "the first response, byte for byte");
    upload(b, token, "march-2023", "indicator,period,value,note\n9,2023-03,4.7,Late outcomes\n")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");

    // The same request sent to both servers at once is applied once.
    String april = "indicator,period,value\n9,2023-04,4.8\n";
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var onA = pool.submit(() -> upload(a, token, "april-2023", april));
      var onB = pool.submit(() -> upload(b, token, "april-2023", april));
      Response one = onA.get();
      Response other = onB.get();
      assertEquals(200, one.statusCode(), one.asString());
      assertEquals(200, other.statusCode(), other.asString());
      assertEquals(one.asString(), other.asString());
      assertEquals(
          1,
          java.util.stream.Stream.of(one, other)
              .filter(r -> "true".equals(r.header("Idempotent-Replayed")))
              .count(),
          "one applied it, the other replayed it");
    } finally {
      pool.shutdownNow();
    }
  }

  private static Response upload(PackagedServer server, String token, String key, String csv) {
    return server
        .from("192.0.2.51")
        .auth()
        .oauth2(token)
        .contentType("text/csv")
        .header("Idempotency-Key", key)
        .queryParam("acknowledgeWarnings", true)
        .body(csv)
        .post("/api/v1/bulk/indicator-values");
  }

  @Test
  void shouldCountFailedSignInsFromOneAddressAcrossBothServers() {
    String address = "198.51.100.40";
    PackagedServer[] alternate = {a, b, a, b, a};
    for (PackagedServer server : alternate) {
      server
          .from(address)
          .body(Map.of("username", "viewer", "password", "not-the-password"))
          .post("/api/v1/session")
          .then()
          .statusCode(401);
    }
    // Five failures in all, split between the servers: the address is locked on both.
    for (PackagedServer server : new PackagedServer[] {b, a}) {
      server
          .from(address)
          .body(Map.of("username", "viewer", "password", "viewer-password"))
          .post("/api/v1/session")
          .then()
          .statusCode(429)
          .contentType("application/problem+json")
          .body("status", equalTo(429));
    }
    // The account's owner, from elsewhere, is not locked out.
    b.from("198.51.100.41")
        .body(Map.of("username", "viewer", "password", "viewer-password"))
        .post("/api/v1/session")
        .then()
        .statusCode(200);
  }

  private static long count(String sql) throws SQLException {
    Map<String, String> config = database.datasourceConfig();
    try (Connection c =
            DriverManager.getConnection(
                config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
