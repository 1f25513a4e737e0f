package org.improvementtracker;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.improvementtracker.Api.actionIdByRef;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Many people (or scripts) writing the same thing at the same moment: exactly one wins, the others
 * are told why, nothing is lost and nothing is a 500.
 */
@QuarkusTest
class ConcurrencyTest {
  private static final int WRITERS = 20;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(WRITERS);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final java.util.concurrent.atomic.AtomicInteger NUMBERS =
      new java.util.concurrent.atomic.AtomicInteger(7000);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  /** Sends {@code WRITERS} requests released at the same instant; returns their statuses. */
  private static List<Integer> atOnce(IntFunction<HttpRequest> request) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      HttpRequest each = request.apply(i);
      Callable<Integer> call =
          () -> {
            start.await();
            return HTTP.send(each, HttpResponse.BodyHandlers.discarding()).statusCode();
          };
      answers.add(POOL.submit(call));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    return statuses;
  }

  private static HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
        .header("Authorization", "Bearer " + Api.token(user))
        .header("Content-Type", "application/json");
  }

  private static long newIndicator() {
    Map<String, Object> body =
        Map.ofEntries(
            Map.entry("priorityId", Api.priorityId(3)),
            Map.entry("planId", api().get("/api/v1/plans").jsonPath().getLong("[0].id")),
            Map.entry("number", NUMBERS.incrementAndGet()),
            Map.entry("name", "Contacts handled at once"),
            Map.entry("area", "Front door"),
            Map.entry("unit", "COUNT"),
            Map.entry("basis", "IN_MONTH"),
            Map.entry("polarity", "NEUTRAL"),
            Map.entry("target", Map.of("kind", "MONITOR")));
    return api()
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static long count(List<Integer> statuses, int status) {
    return statuses.stream().filter(s -> s == status).count();
  }

  @Test
  void shouldEnterANewMonthOnceWhenManyEnterItAtOnce() throws Exception {
    long id = newIndicator();
    List<Integer> statuses =
        atOnce(
            i ->
                request("performance", "/api/v1/indicators/" + id + "/values/2023-01")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"value\": " + (100 + i) + ", \"status\": \"FINAL\"}"))
                    .build());
    assertThat(statuses, everyItem(isIn(List.of(201, 200, 412, 428))));
    assertThat(count(statuses, 201), is(1L));
    int stored =
        api()
            .get("/api/v1/indicators/" + id + "/values/2023-01")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getInt("value");
    assertThat(
        "the figure stored is one that was acknowledged, and none was overwritten unseen",
        stored >= 100 && stored < 100 + WRITERS);
  }

  @Test
  void shouldLetOneCorrectionWinWhenManyCorrectTheSameVersion() throws Exception {
    long id = newIndicator();
    String etag =
        as("performance")
            .body(Map.of("value", 1, "status", "PROVISIONAL"))
            .put("/api/v1/indicators/" + id + "/values/2023-02")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    List<Integer> statuses =
        atOnce(
            i ->
                request("performance", "/api/v1/indicators/" + id + "/values/2023-02")
                    .header("If-Match", etag)
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"value\": " + (10 + i) + ", \"status\": \"FINAL\"}"))
                    .build());
    assertThat(statuses, everyItem(isIn(List.of(200, 412))));
    assertThat(count(statuses, 200), is(1L));
    api()
        .get("/api/v1/indicators/" + id + "/values/2023-02/revisions")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].oldValue", equalTo(1));
  }

  @Test
  void shouldDecideAProposalOnceWhenManyDecideAtOnce() throws Exception {
    long action = actionIdByRef("1.3");
    long proposal =
        as("partner")
            .body(Map.of("rag", "AMBER", "reason", "Joint audit started"))
            .post("/api/v1/actions/" + action + "/rag-proposals")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    List<Integer> statuses =
        atOnce(
            i ->
                request(
                        "editor",
                        "/api/v1/rag-proposals/" + proposal + (i % 2 == 0 ? "/accept" : "/reject"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
    assertThat(statuses, everyItem(isIn(List.of(200, 409))));
    assertThat(count(statuses, 200), is(1L));
    List<String> decisions =
        as("admin")
            .get("/api/v1/audit-log?entityType=Action&entityId=" + action + "&size=500")
            .jsonPath()
            .getList(
                "items.findAll { it.event.startsWith('RAG_PROPOSAL_') && it.after?.id == "
                    + proposal
                    + " && it.event != 'RAG_PROPOSAL_CREATED' }.event");
    assertThat(decisions, hasSize(1));
  }
}
