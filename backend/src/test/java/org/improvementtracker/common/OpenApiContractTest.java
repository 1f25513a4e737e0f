package org.improvementtracker.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/openapi.yaml is the contract clients (and the web app's generated types)
 * build on: it must equal what the server serves. {@code make openapi} rewrites it.
 */
@QuarkusTest
class OpenApiContractTest {
  static final Path COMMITTED = Path.of("..", "openapi", "openapi.yaml");

  @Test
  void shouldServeTheCommittedOpenApiDocument() throws Exception {
    String served =
        given()
            .queryParam("format", "yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("openapi.update")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }
    String committed =
        Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    assertEquals(
        committed,
        served,
        "openapi/openapi.yaml is out of date with the API: run `make openapi` and commit it");
  }
}
