package org.improvementtracker.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** What partners generating clients from the OpenAPI document rely on. */
@QuarkusTest
class ApiDocumentTest {

  private static JsonPath document() {
    return given()
        .accept("application/json")
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldDescribeBearerTokensAndTheirScopesPerOperation() {
    JsonPath doc = document();
    org.hamcrest.MatcherAssert.assertThat(
        doc.getMap("components.securitySchemes"), not(hasKey("SecurityScheme")));
    org.hamcrest.MatcherAssert.assertThat(
        doc.getString("components.securitySchemes.token.scheme"), equalTo("bearer"));
    String rag = "paths.'/api/v1/actions/{id}/rag'.post";
    org.hamcrest.MatcherAssert.assertThat(
        doc.getList(rag + ".security"),
        contains(Map.of("token", List.of()), Map.of("session", List.of())));
    org.hamcrest.MatcherAssert.assertThat(
        doc.getList(rag + ".x-token-scopes"), contains("actions:write"));
    org.hamcrest.MatcherAssert.assertThat(
        doc.getString(rag + ".description"), containsString("Token scope: `actions:write`"));
    org.hamcrest.MatcherAssert.assertThat(
        doc.getList("paths.'/api/v1/actions'.get.x-token-scopes"), contains("read"));
    org.hamcrest.MatcherAssert.assertThat(
        doc.getList("paths.'/api/v1/session'.post.security"), equalTo(List.of()));
  }

  @Test
  void shouldGiveEveryOperationAnIdAndADescription() {
    JsonPath doc = document();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    java.util.Set<Object> ids = new java.util.HashSet<>();
    paths.forEach(
        (path, item) ->
            item.forEach(
                (method, operation) -> {
                  Assertions.assertNotNull(operation.get("operationId"), method + " " + path);
                  Assertions.assertTrue(ids.add(operation.get("operationId")), "unique ids");
                  // A generated client turns it into a function name: letters and digits only.
                  Assertions.assertTrue(
                      String.valueOf(operation.get("operationId")).matches("[a-z][A-Za-z0-9]*"),
                      operation.get("operationId") + " is not an identifier");
                  Assertions.assertNotNull(operation.get("description"), method + " " + path);
                }));
  }

  @Test
  void shouldListEveryStatusAndOnlyRequiredBodies() {
    JsonPath doc = document();
    String put = "paths.'/api/v1/indicators/{id}/values/{period}'.put.responses";
    org.hamcrest.MatcherAssert.assertThat(doc.getMap(put), hasKey("201"));
    org.hamcrest.MatcherAssert.assertThat(doc.getMap(put), hasKey("200"));
    org.hamcrest.MatcherAssert.assertThat(
        doc.get("paths.'/api/v1/rag-proposals/{id}/accept'.post.requestBody.required"),
        not(equalTo(true)));
  }
}
