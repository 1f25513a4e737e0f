package org.improvementtracker;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** One packaged server ({@code make build}'s jar), run as an operator would: by its environment. */
record PackagedServer(Process process, Path log, String url) {
  static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  /** Starts the jar on a free port with the demo data and these settings besides. */
  static PackagedServer start(String name, Map<String, String> settings) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new AssertionError("No packaged server at " + JAR + ": run mvn verify");
    }
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    Path log = Files.createTempFile("tracker-" + name, ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1", // starts faster; these tests are short
                "-jar",
                JAR.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("PORT", Integer.toString(port));
    env.put("DEMO_DATA", "true");
    env.put("DB_POOL_MAX", "4");
    env.putAll(settings);
    return new PackagedServer(builder.start(), log, "http://127.0.0.1:" + port);
  }

  void awaitReady(Instant deadline) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("The server stopped:\n" + Files.readString(log));
      }
      try {
        HttpResponse<Void> ready =
            http.send(
                HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // starting
      }
      Thread.sleep(300);
    }
    throw new AssertionError("The server did not start in time:\n" + Files.readString(log));
  }

  RequestSpecification from(String address) {
    return given()
        .baseUri(url)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON)
        .header("X-Forwarded-For", address);
  }

  /** Signs in as a demo user (password: the username and "-password"): the 200 response. */
  Response signIn(String address, String username) {
    return from(address)
        .body(Map.of("username", username, "password", username + "-password"))
        .post("/api/v1/session")
        .then()
        .statusCode(200)
        .extract()
        .response();
  }

  /** A token of the performance team's script, for the bulk API, as README's example creates. */
  String bulkToken(String address, String name) {
    Response signedIn = signIn(address, "performance");
    return from(address)
        .cookies(signedIn.getCookies())
        .header("X-CSRF-Token", signedIn.jsonPath().getString("csrfToken"))
        .body(Map.of("name", name, "scopes", java.util.List.of("bulk")))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("secret");
  }

  /** kill -9: no shutdown hook runs, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
