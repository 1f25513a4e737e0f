package org.improvementtracker.indicator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {
  private static final AtomicInteger NUMBERS = new AtomicInteger(500);

  private static long planId() {
    return api().get("/api/v1/plans").then().extract().jsonPath().getLong("[0].id");
  }

  private static Map<String, Object> definition(String unit, String polarity, Object target) {
    Map<String, Object> body = new HashMap<>();
    body.put("planId", planId());
    body.put("priorityId", Api.priorityId(3));
    body.put("number", NUMBERS.incrementAndGet());
    body.put("name", "Percentage of children seen alone");
    body.put("area", "Robust and effective social work practice");
    body.put("unit", unit);
    body.put("basis", "IN_MONTH");
    body.put("polarity", polarity);
    body.put(
        "target",
        target == null
            ? Map.of("kind", "MONITOR")
            : Map.of("kind", "NUMERIC", "value", target, "comparator", "England"));
    return body;
  }

  private static long create(String unit, String polarity, Object target) {
    return api()
        .body(definition(unit, polarity, target))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Response put(long id, String period, Map<String, Object> figure) {
    return as("performance").body(figure).put("/api/v1/indicators/" + id + "/values/" + period);
  }

  @Test
  void shouldEnterFiguresAndComputeDirectionAndStatus() {
    long id = create("PERCENT", "HIGHER_IS_BETTER", 90.0);
    api()
        .get("/api/v1/indicators/" + id)
        .then()
        .body("targetStatus", equalTo("NO_DATA"))
        .body("direction", equalTo("NO_TREND"));
    put(id, "2023-01", Map.of("value", 60.0, "status", "FINAL")).then().statusCode(201);
    put(id, "2023-02", Map.of("value", 62.0, "status", "FINAL")).then().statusCode(201);
    put(id, "2023-03", Map.of("numerator", 88, "denominator", 100, "status", "PROVISIONAL"))
        .then()
        .statusCode(201)
        .body("value", equalTo(88))
        .body("enteredBy", startsWith("Pat Performance"));
    api()
        .get("/api/v1/indicators/" + id)
        .then()
        .statusCode(200)
        .body("latest.period", equalTo("2023-03"))
        .body("latest.value", equalTo(88))
        .body("latest.status", equalTo("PROVISIONAL"))
        .body("direction", equalTo("IMPROVING"))
        .body("targetStatus", equalTo("NEAR"))
        .body("distanceToTarget", equalTo(-2));
    api()
        .get("/api/v1/indicators/" + id + "/values?from=2023-02&to=2023-03")
        .then()
        .body("period", contains("2023-02", "2023-03"));
  }

  @Test
  void shouldKeepTheEarlierFigureWhenCorrected() {
    long id = create("COUNT", "LOWER_IS_BETTER", 0);
    put(id, "2023-03", Map.of("value", 4, "status", "PROVISIONAL")).then().statusCode(201);
    // Sending the same figure again changes nothing: re-runnable.
    put(id, "2023-03", Map.of("value", 4, "status", "PROVISIONAL"))
        .then()
        .statusCode(200)
        .body("revisions", equalTo(0));
    // A correction must name the version it corrects.
    put(id, "2023-03", Map.of("value", 3, "status", "FINAL")).then().statusCode(428);
    as("performance")
        .header("If-Match", "\"7\"")
        .body(Map.of("value", 3, "status", "FINAL"))
        .put("/api/v1/indicators/" + id + "/values/2023-03")
        .then()
        .statusCode(412);
    String etag =
        api()
            .get("/api/v1/indicators/" + id + "/values/2023-03")
            .then()
            .statusCode(200)
            .body("value", equalTo(4))
            .extract()
            .header("ETag");
    as("performance")
        .header("If-Match", etag)
        .body(Map.of("value", 3, "status", "FINAL"))
        .put("/api/v1/indicators/" + id + "/values/2023-03")
        .then()
        .statusCode(200)
        .header("ETag", not(equalTo(etag)))
        .body("value", equalTo(3))
        .body("revisions", equalTo(1));
    api()
        .get("/api/v1/indicators/" + id + "/values/2023-03/revisions")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].oldValue", equalTo(4))
        .body("[0].newValue", equalTo(3))
        .body("[0].oldStatus", equalTo("PROVISIONAL"))
        .body("[0].newStatus", equalTo("FINAL"))
        .body("[0].changedBy", startsWith("Pat Performance"));
    as("admin")
        .get("/api/v1/audit-log?entityType=Indicator&entityId=" + id)
        .then()
        .body("items.event", hasItem("INDICATOR_VALUE_CORRECTED"));
    api().get("/api/v1/indicators/" + id + "/values/2023-02/revisions").then().statusCode(404);
  }

  @Test
  void shouldShowAFigureDespiteADataNoteAndLetThePerformanceTeamClearTheNote() {
    Map<String, Object> body = definition("PERCENT", "HIGHER_IS_BETTER", 80);
    body.put("dataStatus", "Report development required");
    long id =
        api()
            .body(body)
            .post("/api/v1/indicators")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    put(id, "2023-03", Map.of("value", 41.5, "status", "FINAL")).then().statusCode(201);
    String row = "areas.indicators.flatten().find { it.id == " + id + " }";
    api()
        .get("/api/v1/scorecard?months=1&to=2023-03&plan=" + planId())
        .then()
        .statusCode(200)
        .body(row + ".values[0].value", equalTo(41.5f))
        .body(row + ".targetStatus", equalTo("OFF_TARGET"));

    as("viewer").delete("/api/v1/indicators/" + id + "/data-status").then().statusCode(403);
    as("performance").delete("/api/v1/indicators/" + id + "/data-status").then().statusCode(428);
    String etag = api().get("/api/v1/indicators/" + id).then().extract().header("ETag");
    as("performance")
        .header("If-Match", etag)
        .delete("/api/v1/indicators/" + id + "/data-status")
        .then()
        .statusCode(200)
        .body("dataStatus", equalTo(null))
        .body("latest.value", equalTo(41.5f));
    as("admin")
        .get("/api/v1/audit-log?entityType=Indicator&entityId=" + id)
        .then()
        .body("items[0].event", equalTo("INDICATOR_UPDATED"))
        .body("items[0].before.dataStatus", equalTo("Report development required"));
  }

  @Test
  void shouldAskWhyAFinalFigureIsCorrectedAndShowTheReason() {
    long id = create("COUNT", "LOWER_IS_BETTER", 0);
    String etag =
        put(id, "2023-03", Map.of("value", 4, "status", "FINAL"))
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    as("performance")
        .header("If-Match", etag)
        .body(Map.of("value", 5, "status", "FINAL"))
        .put("/api/v1/indicators/" + id + "/values/2023-03")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    as("performance")
        .header("If-Match", etag)
        .body(Map.of("value", 5, "status", "FINAL", "reason", "One late referral was missed"))
        .put("/api/v1/indicators/" + id + "/values/2023-03")
        .then()
        .statusCode(200)
        .body("value", equalTo(5));
    api()
        .get("/api/v1/indicators/" + id + "/values/2023-03/revisions")
        .then()
        .body("[0].reason", equalTo("One late referral was missed"));
  }

  @Test
  void shouldQueryAFigureFarFromItsHistoryUntilTheEditorConfirmsIt() {
    long id = create("PERCENT", "HIGHER_IS_BETTER", 90.0);
    for (String month : List.of("2023-01", "2023-02", "2023-03")) {
      put(id, month, Map.of("value", 64.0, "status", "FINAL")).then().statusCode(201);
    }
    // 0.65 typed from an Excel cell formatted as a percentage: queried, nothing written.
    put(id, "2023-04", Map.of("value", 0.65, "status", "PROVISIONAL"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/unconfirmed-warning"))
        .body("detail", containsString("acknowledgeWarnings=true"))
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].message", containsString("around 64.0"))
        .body("errors[0].message", containsString("64.0, not 0.64"));
    api().get("/api/v1/indicators/" + id + "/values/2023-04").then().statusCode(404);
    // A figure in line with the history needs no confirmation.
    put(id, "2023-04", Map.of("value", 66.0, "status", "PROVISIONAL")).then().statusCode(201);
    // A real jump, confirmed by the person who knows, is kept.
    as("performance")
        .queryParam("acknowledgeWarnings", true)
        .body(Map.of("value", 12.0, "status", "PROVISIONAL"))
        .put("/api/v1/indicators/" + id + "/values/2023-05")
        .then()
        .statusCode(201)
        .body("value", equalTo(12));
  }

  @Test
  void shouldRecordThatAMonthsFigureIsNotAvailableWithItsReason() {
    long id = create("COUNT", "LOWER_IS_BETTER", 0);
    String base = "/api/v1/indicators/" + id + "/not-available/";
    as("performance")
        .body(Map.of("reason", " "))
        .put(base + "2023-04")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    String etag =
        as("performance")
            .body(Map.of("reason", "Case management system migration: report not run"))
            .put(base + "2023-04")
            .then()
            .statusCode(201)
            .body("reason", equalTo("Case management system migration: report not run"))
            .body("recordedBy", startsWith("Pat Performance"))
            .extract()
            .header("ETag");
    // Changing the reason names the version it changes.
    as("performance")
        .body(Map.of("reason", "Report not run"))
        .put(base + "2023-04")
        .then()
        .statusCode(428);
    as("performance")
        .header("If-Match", etag)
        .body(Map.of("reason", "Report not run: data warehouse outage"))
        .put(base + "2023-04")
        .then()
        .statusCode(200);
    as("partner").body(Map.of("reason", "x")).put(base + "2023-05").then().statusCode(403);
    api()
        .get("/api/v1/indicators/" + id + "/not-available")
        .then()
        .statusCode(200)
        .body("period", contains("2023-04"))
        .body("[0].reason", equalTo("Report not run: data warehouse outage"));
    // A month with a figure is corrected, not declared missing.
    put(id, "2023-03", Map.of("value", 4, "status", "FINAL")).then().statusCode(201);
    as("performance").body(Map.of("reason", "Late")).put(base + "2023-03").then().statusCode(409);
    // The figure arrives: the month is no longer missing.
    put(id, "2023-04", Map.of("value", 5, "status", "PROVISIONAL")).then().statusCode(201);
    api().get("/api/v1/indicators/" + id + "/not-available").then().body("", hasSize(0));
    as("admin")
        .get("/api/v1/audit-log?entityType=Indicator&entityId=" + id)
        .then()
        .body("items.event", hasItem("INDICATOR_FIGURE_NOT_AVAILABLE"))
        .body("items.event", hasItem("INDICATOR_FIGURE_NOT_AVAILABLE_REMOVED"));
    // A record made in error is withdrawn with If-Match.
    String second =
        as("performance")
            .body(Map.of("reason", "Not yet published"))
            .put(base + "2023-05")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    as("performance").delete(base + "2023-05").then().statusCode(428);
    as("performance").header("If-Match", second).delete(base + "2023-05").then().statusCode(204);
    as("performance").header("If-Match", second).delete(base + "2023-05").then().statusCode(404);
  }

  @Test
  void shouldRefuseImpossibleFiguresNamingTheField() {
    long percent = create("PERCENT", "HIGHER_IS_BETTER", 90.0);
    long count = create("COUNT", "LOWER_IS_BETTER", 0);
    put(percent, "2023-03", Map.of("value", 101.5, "status", "FINAL"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].message", containsString("between 0 and 100"));
    put(count, "2023-03", Map.of("value", -1, "status", "FINAL"))
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("must not be negative"));
    put(count, "2023-03", Map.of("value", 2.5, "status", "FINAL"))
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("whole number"));
    put(percent, "2023-3", Map.of("value", 50, "status", "FINAL"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    String nextMonth = YearMonth.now().plusMonths(1).toString();
    put(percent, nextMonth, Map.of("value", 50, "status", "FINAL"))
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("must not be in the future"));
    put(percent, "2023-03", Map.of("numerator", 5, "status", "FINAL"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("denominator"));
    put(
            percent,
            "2023-03",
            Map.of("value", 50, "numerator", 1, "denominator", 4, "status", "FINAL"))
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("25.0"));
    put(percent, "2023-03", Map.of("value", 50, "status", "DRAFT"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    put(987654, "2023-03", Map.of("value", 50, "status", "FINAL")).then().statusCode(404);
    // Nothing was half-written.
    api().get("/api/v1/indicators/" + percent + "/values").then().body("", hasSize(0));
    api().get("/api/v1/indicators/" + count + "/values").then().body("", hasSize(0));
  }

  @Test
  void shouldEditDefinitionsWithIfMatch() {
    long id = create("PERCENT", "NEUTRAL", null);
    Map<String, Object> body = definition("PERCENT", "LOWER_IS_BETTER", 10.5);
    body.put("number", api().get("/api/v1/indicators/" + id).then().extract().path("number"));
    api().body(body).put("/api/v1/indicators/" + id).then().statusCode(428);
    api()
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/indicators/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("polarity", equalTo("LOWER_IS_BETTER"))
        .body("target.value", equalTo(10.5f));
    api()
        .header("If-Match", "\"1\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("polarity", "HIGHER_IS_BETTER", "flags", List.of("NEW")))
        .patch("/api/v1/indicators/" + id)
        .then()
        .statusCode(200)
        .body("polarity", equalTo("HIGHER_IS_BETTER"))
        .body("flags", contains("NEW"));
    api()
        .header("If-Match", "\"1\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("name", "stale"))
        .patch("/api/v1/indicators/" + id)
        .then()
        .statusCode(412);
    // Performance officers enter figures but do not define indicators.
    as("performance")
        .header("If-Match", "\"2\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("name", "renamed"))
        .patch("/api/v1/indicators/" + id)
        .then()
        .statusCode(403);
  }

  @Test
  void shouldValidateDefinitions() {
    Map<String, Object> body = definition("PERCENT", "SIDEWAYS", 90.0);
    api()
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("polarity"));
    body = definition("PERCENT", "NEUTRAL", null);
    body.put("target", Map.of("kind", "NUMERIC"));
    api()
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("target.value"));
    body = definition("PERCENT", "NEUTRAL", null);
    body.put("number", 1);
    api()
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("number"));
    body = definition("PERCENT", "NEUTRAL", null);
    body.put("mtfp", "MTFP one");
    body.put("flags", List.of("HOT"));
    api()
        .body(body)
        .post("/api/v1/indicators")
        .then()
        .statusCode(400)
        .body("errors.field", contains("flags[0]", "mtfp"));
  }

  @Test
  void shouldReplaceBenchmarksAllOrNothing() {
    long id = create("PERCENT", "LOWER_IS_BETTER", 7.6);
    List<Map<String, Object>> series =
        List.of(
            Map.of("comparator", "England", "period", "2023-03", "value", 7.6),
            Map.of("comparator", "Statistical neighbours", "period", "2023-03", "value", 8.1));
    as("performance")
        .body(series)
        .put("/api/v1/indicators/" + id + "/benchmarks")
        .then()
        .statusCode(200)
        .body("comparator", contains("England", "Statistical neighbours"));
    as("performance")
        .body(
            List.of(
                Map.of("comparator", "England", "period", "2023-03", "value", 7.0),
                Map.of("comparator", "England", "period", "2023-03", "value", 140)))
        .put("/api/v1/indicators/" + id + "/benchmarks")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[1]"))
        .body("errors.field", hasItem("[1].value"));
    as("performance")
        .body(List.of(Map.of("comparator", "England", "period", "March", "value", 7.0)))
        .put("/api/v1/indicators/" + id + "/benchmarks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("[0].period"));
    api()
        .get("/api/v1/indicators/" + id + "/benchmarks")
        .then()
        .body("value", contains(7.6f, 8.1f));
    as("partner")
        .body(series)
        .put("/api/v1/indicators/" + id + "/benchmarks")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldLinkActionsAndIndicatorsBothWays() {
    long indicator = create("PERCENT", "HIGHER_IS_BETTER", 90.0);
    Map<String, Object> action =
        Api.actionBody(Api.priorityId(3), "3.96", "Strategy meeting tracker");
    action.put("indicatorIds", List.of(indicator));
    long actionId = Api.createAction(action).jsonPath().getLong("id");
    api()
        .get("/api/v1/actions/" + actionId)
        .then()
        .body("indicators.id", contains((int) indicator));
    api().get("/api/v1/indicators/" + indicator).then().body("actions.ref", contains("3.96"));
    action.put("indicatorIds", List.of(987654));
    api()
        .body(action)
        .post("/api/v1/actions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("indicatorIds[0]"));
  }

  @Test
  void shouldFilterByDerivedStatusAndDirection() {
    api()
        .get("/api/v1/indicators?status=OFF_TARGET&size=100")
        .then()
        .statusCode(200)
        .body("items.targetStatus", everyItem(equalTo("OFF_TARGET")))
        .body("items.number", hasItem(12));
    api()
        .get("/api/v1/indicators?direction=IMPROVING&size=100")
        .then()
        .body("items.direction", everyItem(equalTo("IMPROVING")));
    api()
        .get("/api/v1/indicators?area=a stable and able workforce")
        .then()
        .body("items.number", hasItem(67));
    api()
        .get("/api/v1/indicators?status=GREENISH")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    api().get("/api/v1/indicators/987654").then().statusCode(404);
  }

  @Test
  void shouldDownloadTheScorecardAsCsvForExcel() {
    // The plan's own six months; the demo audits give later months figures for 55-58 only.
    Response csv = api().accept("text/csv").get("/api/v1/scorecard?to=2023-03");
    csv.then().statusCode(200).contentType(containsString("text/csv"));
    byte[] bytes = csv.asByteArray();
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1);
    String[] lines = text.split("\r\n");
    org.hamcrest.MatcherAssert.assertThat(
        lines[0],
        startsWith(
            "Number,Indicator,Area,Unit,Basis,2022-10,2022-11,2022-12,2023-01,2023-02,2023-03,"
                + "Provisional figures,Target,Compared with,Direction of travel,Status,"
                + "Distance to target,Polarity,MTFP link,Flags,Data status"));
    org.hamcrest.MatcherAssert.assertThat(
        lines[1], startsWith("1,Number of Early Help / Front Door Referrals (in month),"));
    // Labels, not codes; figures as numbers with the unit in its own column.
    org.hamcrest.MatcherAssert.assertThat(lines[1], containsString(",Count,In month,"));
    org.hamcrest.MatcherAssert.assertThat(
        lines[1], containsString(",1147,1033,553,670,599,624,,Monitor,,"));
    api()
        .get("/api/v1/scorecard?format=csv")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"));
    api()
        .get("/api/v1/scorecard?format=xls")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("format"));
    api()
        .get("/api/v1/scorecard?months=0")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("months"));
  }

  @Test
  void shouldWriteTheCsvAsExcelReadsItWithTheProvisionalMonthsNamed() {
    Map<String, Object> body = definition("RATE_PER_10K", "LOWER_IS_BETTER", 50);
    body.put("name", "Children in care rate (export)");
    long id =
        api()
            .body(body)
            .post("/api/v1/indicators")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    int number = api().get("/api/v1/indicators/" + id).then().extract().path("number");
    put(id, "2023-02", Map.of("value", 72.46, "status", "FINAL")).then().statusCode(201);
    put(id, "2023-03", Map.of("value", 71.25, "status", "PROVISIONAL")).then().statusCode(201);

    Response csv = api().get("/api/v1/scorecard?format=csv&to=2023-03&plan=" + planId());
    csv.then()
        .statusCode(200)
        .header(
            "Content-Disposition",
            equalTo(
                "attachment; filename=\"plymouth-children-young-people-and-families-improvement-plan"
                    + "-scorecard-2023-03.csv\""));
    String line =
        java.util.Arrays.stream(csv.asString().split("\r\n"))
            .filter(l -> l.startsWith(number + ","))
            .findFirst()
            .orElseThrow();
    assertThat(
        line,
        startsWith(
            number
                + ",Children in care rate (export),Robust and effective social work practice,"
                + "\"Rate per 10,000\",In month,,,,,72.5,71.3,2023-03,50.0,England,"));
    assertThat(line, containsString(",Off target,21.3,Lower is better,"));
  }

  @Test
  void shouldOpenTheScorecardOnTheMonthMostIndicatorsHaveReached() {
    // One indicator reported far ahead of the rest must not leave every other column empty.
    long stray = create("COUNT", "LOWER_IS_BETTER", null);
    put(stray, "2026-10", Map.of("value", 3, "status", "PROVISIONAL")).then().statusCode(201);
    List<String> periods =
        api()
            .get("/api/v1/scorecard")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("periods");
    assertThat(periods, not(hasItem("2026-10")));
    assertThat(periods, hasItem("2023-03"));
  }

  @Test
  void shouldExportTheScorecardAsAnExcelWorkbookWithTheCsvsColumns() throws Exception {
    byte[] xlsx =
        api()
            .get("/api/v1/scorecard?format=xlsx&to=2023-03")
            .then()
            .statusCode(200)
            .contentType(containsString("spreadsheetml"))
            .header("Content-Disposition", containsString("scorecard-2023-03.xlsx"))
            .extract()
            .asByteArray();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheet("Scorecard");
      var header = sheet.getRow(0);
      org.hamcrest.MatcherAssert.assertThat(
          header.getCell(1).getStringCellValue(), equalTo("Indicator"));
      org.hamcrest.MatcherAssert.assertThat(
          header.getCell(5).getStringCellValue(), equalTo("2022-10"));
      org.hamcrest.MatcherAssert.assertThat(
          header.getCell(11).getStringCellValue(), equalTo("Provisional figures"));
      org.hamcrest.MatcherAssert.assertThat(
          header.getCell(12).getStringCellValue(), equalTo("Target"));
      org.hamcrest.MatcherAssert.assertThat(
          header.getCell(15).getStringCellValue(), equalTo("Status"));
      var first = sheet.getRow(1);
      org.hamcrest.MatcherAssert.assertThat(first.getCell(0).getNumericCellValue(), equalTo(1.0));
      // Figures are numbers, so that a board secretary can chart and sum them.
      org.hamcrest.MatcherAssert.assertThat(
          first.getCell(5).getNumericCellValue(), equalTo(1147.0));
      org.hamcrest.MatcherAssert.assertThat(
          first.getCell(12).getStringCellValue(), equalTo("Monitor"));
      // The same labels as the CSV, and counts shown whole.
      org.hamcrest.MatcherAssert.assertThat(
          first.getCell(3).getStringCellValue(), equalTo("Count"));
      org.hamcrest.MatcherAssert.assertThat(
          first.getCell(5).getCellStyle().getDataFormatString(), equalTo("#,##0"));
    }
  }

  @Test
  void shouldShowDirectionAndStatusOnTheScorecard() {
    api()
        .get("/api/v1/scorecard?to=2023-03")
        .then()
        .statusCode(200)
        .body("periods", contains("2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03"))
        // "Up to" can reach back to the plan's first month with figures.
        .body("firstPeriod", lessThanOrEqualTo("2022-10"))
        .body("areas.area[0]", equalTo("Early Help and Front Door Responses"))
        .body("areas[0].indicators.find { it.number == 10 }.targetStatus", equalTo("ON_TARGET"))
        .body("areas[0].indicators.find { it.number == 10 }.direction", equalTo("IMPROVING"))
        .body("areas[0].indicators.find { it.number == 1 }.values[0].display", equalTo("1,147"))
        .body("areas[0].indicators.find { it.number == 1 }.direction", equalTo("NO_TREND"));
  }
}
