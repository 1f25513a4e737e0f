package org.improvementtracker.bulk;

import static org.improvementtracker.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

/** The README's example script, run as a user would run it, against the real server. */
@QuarkusTest
class MonthlyUpdateScriptTest {
  private static final Path SCRIPT = Path.of("../docs/examples/monthly-update.sh");

  private record Run(int exit, String output) {}

  private static Run run(Path file) throws Exception {
    ProcessBuilder process =
        new ProcessBuilder("bash", SCRIPT.toString(), file.toString()).redirectErrorStream(true);
    process.environment().put("TRACKER", "http://localhost:" + RestAssured.port);
    process.environment().put("TOKEN", Api.token("performance"));
    process.environment().put("PLAN", String.valueOf(BulkIndicatorValuesTest.demoPlan()));
    Process started = process.start();
    String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(started.waitFor(), output);
  }

  @Test
  void shouldDryRunThenApplyOnceAndStopOnARefusedRow() throws Exception {
    int[] indicator = BulkIndicatorValuesTest.indicator("COUNT");
    int number = indicator[0];
    int id = indicator[1];

    Path bad = Files.createTempFile("april", ".csv");
    Files.writeString(bad, "indicator,period,value\n" + number + ",2021-04,-3\n");
    Run refused = run(bad);
    assertEquals(1, refused.exit(), refused.output());
    assertTrue(refused.output().contains("must not be negative"), refused.output());

    Path good = Files.createTempFile("april", ".csv");
    Files.writeString(good, "indicator,period,value\n" + number + ",2021-04,3\n");
    Run applied = run(good);
    assertEquals(0, applied.exit(), applied.output());
    assertTrue(applied.output().contains("\"created\":1"), applied.output());
    Run again = run(good);
    assertEquals(0, again.exit(), again.output());
    assertEquals(
        1,
        api()
            .get("/api/v1/indicators/" + id + "/values")
            .then()
            .extract()
            .jsonPath()
            .getList("")
            .size());
    assertTrue(
        again.output().contains(applied.output().replaceAll("(?s).*(\"batchId\":[0-9]+).*", "$1")),
        "the re-run returns the first batch: " + again.output());
  }
}
