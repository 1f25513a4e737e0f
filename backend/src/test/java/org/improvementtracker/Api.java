package org.improvementtracker;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared request building for the API tests. Requests carry an API token of one of the demo
 * accounts (created through the real sign-in and token endpoints); requests and responses are
 * logged when an assertion fails.
 */
public final class Api {
  public static final String ADMIN_PASSWORD = "admin-test-password";

  /** The scopes each account's test token gets: everything its role allows. */
  private static final Map<String, List<String>> SCOPES =
      Map.of(
          "admin",
              List.of(
                  "read",
                  "actions:write",
                  "indicators:write",
                  "audits:write",
                  "workforce:write",
                  "bulk",
                  "admin"),
          "editor",
              List.of(
                  "read", "actions:write", "indicators:write", "audits:write", "workforce:write"),
          "performance",
              List.of("read", "indicators:write", "audits:write", "workforce:write", "bulk"),
          "partner", List.of("read", "actions:write"),
          "health", List.of("read", "actions:write"),
          "viewer", List.of("read"));

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  static {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private Api() {}

  /** A request as the demo editor (council staff who edit the plan). */
  public static RequestSpecification api() {
    return as("editor");
  }

  public static RequestSpecification as(String username) {
    return anonymous().auth().oauth2(token(username));
  }

  /**
   * A request from a client address of its own (sent as X-Forwarded-For, as a load balancer would),
   * so that sign-in throttling by address is something a test does on purpose.
   */
  public static RequestSpecification anonymous() {
    return from(
        "10."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(256)
            + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(256)
            + "."
            + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255));
  }

  /** A request from this client address. */
  public static RequestSpecification from(String address) {
    return given()
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .header("X-Forwarded-For", address);
  }

  public static String password(String username) {
    return username.equals("admin") ? ADMIN_PASSWORD : username + "-password";
  }

  /** A browser session: its cookies and CSRF token. */
  public record Session(Map<String, String> cookies, String csrf) {
    public RequestSpecification request() {
      return anonymous().cookies(cookies).header("X-CSRF-Token", csrf);
    }
  }

  public static Session signIn(String username, String password) {
    Response response =
        anonymous()
            .body(Map.of("username", username, "password", password))
            .post("/api/v1/session")
            .then()
            .statusCode(200)
            .extract()
            .response();
    return new Session(response.getCookies(), response.jsonPath().getString("csrfToken"));
  }

  public static String token(String username) {
    return TOKENS.computeIfAbsent(
        username,
        name ->
            signIn(name, password(name))
                .request()
                .body(Map.of("name", "tests", "scopes", SCOPES.get(name)))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("secret"));
  }

  /**
   * A fresh council account with this role; its password (returned) is the username followed by
   * "-long-password".
   */
  public static String newUser(String username, String role) {
    long council =
        as("admin")
            .get("/api/v1/organisations")
            .then()
            .extract()
            .jsonPath()
            .getLong("find { it.kind == 'COUNCIL' }.id");
    String password = username + "-long-password";
    as("admin")
        .body(
            Map.of(
                "username", username,
                "displayName", "Test " + username,
                "organisationId", council,
                "role", role,
                "password", password))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return password;
  }

  /** The id of the demo plan's priority with this number. */
  public static long priorityId(int number) {
    return api()
        .get("/api/v1/priorities")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("find { it.number == " + number + " }.id");
  }

  public static long actionIdByRef(String ref) {
    return api()
        .get("/api/v1/actions?size=500")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("items.find { it.ref == '" + ref + "' }.id");
  }

  public static Map<String, Object> actionBody(long priorityId, String ref, String text) {
    return new java.util.HashMap<>(
        Map.of(
            "priorityId",
            priorityId,
            "ref",
            ref,
            "action",
            text,
            "desiredOutcome",
            "Children are safer",
            "leads",
            List.of("HOS Front Door"),
            "dueWording",
            "Ongoing"));
  }

  /** Creates an action and returns the response (id in the body, ETag in the header). */
  public static Response createAction(Map<String, Object> body) {
    return api().body(body).post("/api/v1/actions").then().statusCode(201).extract().response();
  }

  public static long newAction(String text) {
    return createAction(actionBody(priorityId(2), "2.99", text)).jsonPath().getLong("id");
  }
}
