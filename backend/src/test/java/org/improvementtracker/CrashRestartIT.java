package org.improvementtracker;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged server on its embedded database, killed with kill -9 while people record evidence:
 * it starts again on the same data, and every write it acknowledged is there.
 */
class CrashRestartIT {
  private static final String ADDRESS = "192.0.2.70";
  private static final int WRITERS = 4;
  private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 20;

  @Test
  void shouldKeepEveryAcknowledgedWriteWhenKilledMidWrite() throws Exception {
    Path data = Files.createTempDirectory("tracker-kill-9");
    Map<String, String> settings =
        Map.of("DATA_DIR", data.toString(), "ADMIN_PASSWORD", "kill-nine-admin-password");
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    long action;
    PackagedServer first = PackagedServer.start("before-kill", settings);
    try {
      first.awaitReady(Instant.now().plus(Duration.ofMinutes(3)));
      Response editor = first.signIn(ADDRESS, "editor");
      action =
          as(first, editor)
              .get("/api/v1/actions?size=1")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("items[0].id");
      ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.submit(
            () -> {
              for (int i = 0; ; i++) {
                String text = "Evidence " + writer + "-" + i + " recorded before the crash";
                try {
                  Response answer =
                      as(first, editor)
                          .body(Map.of("text", text))
                          .post("/api/v1/actions/" + action + "/progress-updates");
                  if (answer.statusCode() == 201) {
                    acknowledged.add(text);
                  }
                } catch (RuntimeException connectionLost) {
                  return;
                }
              }
            });
      }
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }
      first.kill();
      writers.shutdown();
      writers.awaitTermination(1, TimeUnit.MINUTES);
    } finally {
      first.kill();
    }
    assertThat(acknowledged.size(), greaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL));

    PackagedServer second = PackagedServer.start("after-kill", settings);
    try {
      second.awaitReady(Instant.now().plus(Duration.ofMinutes(3)));
      List<String> kept =
          as(second, second.signIn(ADDRESS, "editor"))
              .get("/api/v1/actions/" + action + "/progress-updates")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("text", String.class);
      assertThat(kept, hasItems(acknowledged.toArray(String[]::new)));
    } finally {
      second.stop();
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A request in the session a sign-in opened (a fresh one each time: writers run at once). */
  private static RequestSpecification as(PackagedServer server, Response signIn) {
    return server
        .from(ADDRESS)
        .cookies(signIn.getCookies())
        .header("X-CSRF-Token", signIn.jsonPath().getString("csrfToken"));
  }
}
