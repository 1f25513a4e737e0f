package org.improvementtracker;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Shared request building for the API tests; requests and responses are logged on failure. */
public final class Api {
  static {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private Api() {}

  public static RequestSpecification api() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
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
