package org.improvementtracker.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.improvementtracker.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An unknown query parameter is refused everywhere, never silently ignored. */
@QuarkusTest
class QueryParametersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/actions?organisation=2",
        "/api/v1/indicators?colour=red",
        "/api/v1/scorecard?month=2023-03",
        "/api/v1/findings?answerd=false",
        "/api/v1/priorities?plans=1",
        "/api/v1/me?verbose=true",
      })
  void shouldRefuseAQueryParameterTheOperationDoesNotTake(String path) {
    String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));
    api()
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(name))
        .body("errors[0].message", containsString("is not a parameter of this operation"));
  }

  @Test
  void shouldNameTheParametersTheOperationTakes() {
    api()
        .get("/api/v1/actions?organisation=2")
        .then()
        .body("errors[0].message", containsString("partner"))
        .body("errors[0].message", containsString("mine"));
  }

  @Test
  void shouldStillAcceptDeclaredParameters() {
    api().get("/api/v1/actions?rag=AMBER&page=1&size=5").then().statusCode(200);
  }
}
