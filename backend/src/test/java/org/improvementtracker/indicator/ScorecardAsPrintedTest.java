package org.improvementtracker.indicator;

import static org.improvementtracker.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.improvementtracker.demo.PristineDemo;
import org.junit.jupiter.api.Test;

/**
 * The generated scorecard reproduces every figure printed in the plan's indicator tables, and shows
 * no figure where the plan printed none ("Report development required", "Not available"). The
 * expected cells are the plan's own text (test resource seed/indicator-rows.tsv). Indicators 59-67
 * are computed from the demo workforce snapshots, so this also proves their formulas: the records
 * reproduce every figure the plan printed.
 */
@QuarkusTest
@TestProfile(PristineDemo.class)
class ScorecardAsPrintedTest {
  private static final Pattern FIGURE = Pattern.compile("^([0-9][0-9,]*(?:\\.[0-9]+)?)(%|r)?$");
  private static final List<String> MONTHS =
      List.of("2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03");
  private static final List<String> AUDIT_MONTHS =
      List.of("2022-08", "2022-09", "2022-10", "2022-11", "2022-12", "2023-01");

  @Test
  void shouldReproduceEveryPrintedFigure() throws IOException {
    JsonPath scorecard =
        api()
            .get("/api/v1/scorecard?months=8&to=2023-03")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> periods = scorecard.getList("periods");
    assertEquals("2023-03", periods.get(periods.size() - 1));
    Map<Integer, Map<String, Object>> rows = new HashMap<>();
    for (Map<String, Object> row :
        scorecard.<Map<String, Object>>getList("areas.indicators.flatten()")) {
      rows.put((Integer) row.get("number"), row);
    }
    assertEquals(67, rows.size());

    int figures = 0;
    for (String[] printed : printedRows()) {
      int number = Integer.parseInt(printed[0]);
      Map<String, Object> row = rows.get(number);
      assertEquals(printed[1], row.get("name"), "name of indicator " + number);
      List<String> months = number >= 55 && number <= 58 ? AUDIT_MONTHS : MONTHS;
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("values");
      for (int m = 0; m < 6; m++) {
        Map<String, Object> cell = cells.get(periods.indexOf(months.get(m)));
        Matcher figure = FIGURE.matcher(printed[2 + m].trim());
        String where = "indicator " + number + " " + months.get(m);
        if (figure.matches()) {
          figures++;
          BigDecimal expected = new BigDecimal(figure.group(1).replace(",", ""));
          assertTrue(cell != null, where + " should show " + printed[2 + m]);
          assertEquals(0, expected.compareTo(new BigDecimal(cell.get("value").toString())), where);
        } else {
          assertNull(cell, where + " printed '" + printed[2 + m] + "', so no figure");
        }
      }
    }
    assertEquals(304, figures, "figures printed in the plan's indicator tables");
  }

  @Test
  void shouldCarryTargetsFlagsAndDataStatusAsPrinted() {
    JsonPath indicators =
        api().get("/api/v1/indicators?size=100").then().statusCode(200).extract().jsonPath();
    assertEquals(67, indicators.getInt("totalItems"));
    assertEquals("NUMERIC", indicators.getString("items.find { it.number == 9 }.target.kind"));
    assertEquals(7.6f, indicators.getFloat("items.find { it.number == 9 }.target.value"));
    assertEquals(
        "England", indicators.getString("items.find { it.number == 9 }.target.comparator"));
    assertEquals(
        "Ofsted Good+", indicators.getString("items.find { it.number == 25 }.target.comparator"));
    assertEquals("MONITOR", indicators.getString("items.find { it.number == 1 }.target.kind"));
    assertEquals("TBC", indicators.getString("items.find { it.number == 3 }.target.kind"));
    assertEquals("RATE_PER_10K", indicators.getString("items.find { it.number == 18 }.unit"));
    assertEquals("MTFP 16", indicators.getString("items.find { it.number == 67 }.mtfp"));
    assertEquals(List.of("NEW"), indicators.getList("items.find { it.number == 23 }.flags"));
    assertEquals(List.of("R12M"), indicators.getList("items.find { it.number == 36 }.flags"));
    assertEquals(
        "Report development required",
        indicators.getString("items.find { it.number == 13 }.dataStatus"));
    assertNull(indicators.get("items.find { it.number == 13 }.latest"));
    // 55-58 had no figures in the plan; the demo audits from April 2023 give them some.
    assertEquals(12, indicators.getList("items.findAll { it.latest == null }").size());
  }

  @Test
  void shouldTurnComparatorTargetsIntoBenchmarks() {
    long id =
        api()
            .get("/api/v1/indicators?size=100")
            .then()
            .extract()
            .jsonPath()
            .getLong("items.find { it.number == 20 }.id");
    JsonPath benchmarks =
        api()
            .get("/api/v1/indicators/" + id + "/benchmarks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("England", benchmarks.getString("[0].comparator"));
    assertEquals(70.0f, benchmarks.getFloat("[0].value"));
  }

  private static List<String[]> printedRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
        ScorecardAsPrintedTest.class.getResourceAsStream("/seed/indicator-rows.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }
}
