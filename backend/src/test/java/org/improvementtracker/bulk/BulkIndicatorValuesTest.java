package org.improvementtracker.bulk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.improvementtracker.Api;
import org.junit.jupiter.api.Test;

/**
 * Bulk figures through the real HTTP API: dry runs, all-or-nothing, idempotency keys, batches and
 * their revert, and every way a file can be unreadable.
 */
@QuarkusTest
class BulkIndicatorValuesTest {
  private static final AtomicInteger NUMBERS = new AtomicInteger(700);
  private static final String URL = "/api/v1/bulk/indicator-values";

  @Inject AgroalDataSource dataSource;

  /** The demo plan: other tests add plans, so each upload names its plan. */
  static long demoPlan() {
    return api().get("/api/v1/plans").then().extract().jsonPath().getLong("[0].id");
  }

  /** A new typed indicator of the demo plan; returns its number and id. */
  static int[] indicator(String unit) {
    int number = NUMBERS.incrementAndGet();
    Map<String, Object> body = new HashMap<>();
    body.put("planId", demoPlan());
    body.put("priorityId", Api.priorityId(3));
    body.put("number", number);
    body.put("name", "Bulk test indicator " + number);
    body.put("area", "Robust and effective social work practice");
    body.put("unit", unit);
    body.put("basis", "IN_MONTH");
    body.put("polarity", "HIGHER_IS_BETTER");
    body.put("target", Map.of("kind", "MONITOR"));
    int id =
        api().body(body).post("/api/v1/indicators").then().statusCode(201).extract().path("id");
    return new int[] {number, id};
  }

  private static ValidatableResponse csv(String csv, String query) {
    return as("performance")
        .contentType("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .queryParam("plan", demoPlan())
        .post(URL + query)
        .then();
  }

  private static List<Map<String, Object>> values(int id) {
    return api()
        .get("/api/v1/indicators/" + id + "/values")
        .then()
        .extract()
        .jsonPath()
        .getList("");
  }

  private static Map<String, Object> withoutBatch(JsonPath body) {
    Map<String, Object> map = new HashMap<>(body.getMap(""));
    map.remove("batchId");
    return map;
  }

  /** A correction typed on the indicator's page: it names the version it corrects. */
  private static void correctByHand(long indicator, String period, int value) {
    String url = "/api/v1/indicators/" + indicator + "/values/" + period;
    api()
        .header("If-Match", api().get(url).then().statusCode(200).extract().header("ETag"))
        .body(Map.of("value", value, "status", "FINAL"))
        .put(url)
        .then()
        .statusCode(200);
  }

  @Test
  void shouldMakeAnEditOpenedBeforeABulkCorrectionStale() {
    int[] seen = indicator("COUNT");
    csv("indicator,period,value\n" + seen[0] + ",2021-03,10\n", "").statusCode(200);
    String url = "/api/v1/indicators/" + seen[1] + "/values/2021-03";
    String opened = api().get(url).then().statusCode(200).extract().header("ETag");
    csv("indicator,period,value\n" + seen[0] + ",2021-03,12\n", "").statusCode(200);
    // The person who opened the figure before the upload must not overwrite it unawares.
    api()
        .header("If-Match", opened)
        .body(Map.of("value", 11, "status", "FINAL"))
        .put(url)
        .then()
        .statusCode(412);
    api()
        .get(url + "/revisions")
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.equalTo(1));
    api()
        .get("/api/v1/indicators/" + seen[1] + "/values")
        .then()
        .body("[0].revisions", org.hamcrest.Matchers.equalTo(1));
  }

  @Test
  void shouldReturnFromADryRunWhatTheRealRunReturnsAndWriteOnlyInTheRealRun() {
    int[] seen = indicator("PERCENT");
    int[] count = indicator("COUNT");
    String file =
        "indicator,period,value,numerator,denominator,status,note\n"
            + seen[0]
            + ",2021-04,64.0,64,100,FINAL,April report\n"
            + seen[0]
            + ",2021-05,65.5,,,,\n"
            + count[0]
            + ",2021-04,12,,,PROVISIONAL,\n";

    JsonPath dry = csv(file, "?dryRun=true").statusCode(200).extract().jsonPath();
    assertEquals(3, dry.getInt("created"));
    assertEquals(0, dry.getInt("rejected"));
    assertTrue(dry.get("batchId") == null, "a dry run applies no batch");
    assertTrue(values(seen[1]).isEmpty(), "a dry run writes nothing");
    assertEquals(0, batchesOf("bulk-dry-" + seen[0]));

    JsonPath real =
        as("performance")
            .contentType("text/csv")
            .header("Content-Disposition", "attachment; filename=\"april.csv\"")
            .body(file)
            .queryParam("plan", demoPlan())
            .post(URL)
            .then()
            .statusCode(200)
            .body("batchId", notNullValue())
            .extract()
            .jsonPath();
    assertEquals(withoutBatch(dry), withoutBatch(real));
    assertEquals(2, values(seen[1]).size());
    long batch = real.getLong("batchId");
    as("performance")
        .get("/api/v1/bulk/batches/" + batch)
        .then()
        .statusCode(200)
        .body("sourceName", equalTo("april.csv"))
        .body("created", equalTo(3))
        .body("createdBy", equalTo("performance"));

    // The same figures again change nothing and write no revision; a changed one is corrected.
    String again =
        "indicator,period,value,numerator,denominator\n"
            + seen[0]
            + ",2021-04,64,64,100\n"
            + seen[0]
            + ",2021-05,66.5,,\n";
    JsonPath second = csv(again, "").statusCode(200).extract().jsonPath();
    assertEquals(0, second.getInt("created"));
    assertEquals(1, second.getInt("updated"));
    assertEquals(1, second.getInt("unchanged"));
    api()
        .get("/api/v1/indicators/" + seen[1] + "/values/2021-04/revisions")
        .then()
        .body("size()", equalTo(0));
    api()
        .get("/api/v1/indicators/" + seen[1] + "/values/2021-05/revisions")
        .then()
        .body("size()", equalTo(1))
        .body("[0].batchId", equalTo((int) second.getLong("batchId")))
        .body("[0].oldValue", equalTo(65.5f));
    assertTrue(auditEntriesOf(second.getLong("batchId")) >= 1, "the audit trail names the batch");
  }

  private int batchesOf(String sourceName) {
    return count("select count(*) from bulk_batch where source_name = ?", sourceName);
  }

  private int auditEntriesOf(long batch) {
    return count("select count(*) from audit_event where batch_id = ?", batch);
  }

  private int count(String sql, Object param) {
    return BulkUploads.count(dataSource, sql, param);
  }

  @Test
  void shouldRefuseTheWholeFileWhenAnyRowIsWrongNamingEachRow() {
    int[] seen = indicator("PERCENT");
    String file =
        "indicator,period,value,numerator,denominator\n"
            + seen[0]
            + ",2021-04,64.0,,\n"
            + seen[0]
            + ",2021-05,150,,\n"
            + seen[0]
            + ",April,60,,\n"
            + "99999,2021-04,1,,\n"
            + seen[0]
            + ",2099-01,60,,\n"
            + seen[0]
            + ",2021-06,50,40,100\n"
            + seen[0]
            + ",2021-04,63,,\n";
    JsonPath dry = csv(file, "?dryRun=true").statusCode(422).extract().jsonPath();
    JsonPath refused =
        csv(file, "")
            .statusCode(422)
            .contentType("application/problem+json")
            .body("type", equalTo("/problems/bulk-rows-refused"))
            .body("rejected", equalTo(6))
            .body("errors.line", hasItem(3))
            .body("errors.find { it.line == 3 }.column", equalTo("value"))
            .body("errors.find { it.line == 3 }.value", equalTo("150"))
            .body(
                "errors.find { it.line == 3 }.reason",
                containsString("percentage: must be between 0 and 100"))
            .body("errors.find { it.line == 4 }.column", equalTo("period"))
            .body("errors.find { it.line == 5 }.column", equalTo("indicator"))
            .body("errors.find { it.line == 6 }.reason", equalTo("must not be in the future"))
            .body("errors.find { it.line == 7 }.reason", containsString("give 40.0"))
            .body("errors.find { it.line == 8 }.reason", containsString("from line 2"))
            .extract()
            .jsonPath();
    assertEquals(withoutBatch(dry), withoutBatch(refused));
    assertTrue(values(seen[1]).isEmpty(), "a refused file writes nothing, not even its good rows");
  }

  @Test
  void shouldRefuseDerivedIndicatorsSayingWhereTheirFiguresComeFrom() {
    int derived =
        api()
            .get("/api/v1/indicators?size=500")
            .then()
            .extract()
            .jsonPath()
            .getList("items.findAll { it.derivation != null }.number", Integer.class)
            .get(0);
    csv("indicator,period,value\n" + derived + ",2021-04,5\n", "")
        .statusCode(422)
        .body("errors[0].column", equalTo("indicator"))
        .body("errors[0].reason", containsString("is computed from"));
  }

  @Test
  void shouldAskWhyAFinalFigureIsCorrectedAndKeepTheReasonWithTheRevision() {
    int[] indicator = indicator("COUNT");
    csv("indicator,period,value,status\n" + indicator[0] + ",2023-01,40,FINAL\n", "")
        .statusCode(200);
    // The board has seen 40: correcting it in bulk needs a reason, as it does by hand.
    csv("indicator,period,value\n" + indicator[0] + ",2023-01,42\n", "?dryRun=true")
        .statusCode(422)
        .body("rejected", equalTo(1))
        .body("errors[0].line", equalTo(2))
        .body("errors[0].column", equalTo("note"))
        .body("errors[0].reason", containsString("say why the final figure for 2023-01"));
    csv(
            "indicator,period,value,note\n"
                + indicator[0]
                + ",2023-01,42,Two late referrals added\n",
            "")
        .statusCode(200)
        .body("updated", equalTo(1));
    api()
        .get("/api/v1/indicators/" + indicator[1] + "/values/2023-01/revisions")
        .then()
        .body("[0].oldValue", equalTo(40))
        .body("[0].newValue", equalTo(42))
        .body("[0].reason", equalTo("Two late referrals added"));
  }

  @Test
  void shouldWarnAboutFiguresOutOfLineAndApplyThemOnlyWhenAcknowledged() {
    int[] seen = indicator("PERCENT");
    csv(
            "indicator,period,value\n"
                + seen[0]
                + ",2021-01,63.5\n"
                + seen[0]
                + ",2021-02,64.2\n"
                + seen[0]
                + ",2021-03,64.8\n",
            "")
        .statusCode(200);
    String slip = "indicator,period,value\n" + seen[0] + ",2021-04,0.65\n";
    csv(slip, "?dryRun=true")
        .statusCode(200)
        .body("warned", equalTo(1))
        .body("warnings[0].line", equalTo(2))
        .body("warnings[0].value", equalTo("0.65"))
        .body("warnings[0].reason", containsString("64.0, not 0.64"));
    csv(slip, "").statusCode(422).body("type", equalTo("/problems/bulk-warnings-not-acknowledged"));
    assertEquals(3, values(seen[1]).size());
    csv(slip, "?acknowledgeWarnings=true").statusCode(200).body("created", equalTo(1));
  }

  @Test
  void shouldReturnTheFirstResultForARepeatedKeyAndRefuseTheKeyForAnotherBody() {
    int[] seen = indicator("COUNT");
    String key = UUID.randomUUID().toString();
    String file = "indicator,period,value\n" + seen[0] + ",2021-04,7\n";
    JsonPath first =
        as("performance")
            .contentType("text/csv")
            .header("Idempotency-Key", key)
            .body(file)
            .queryParam("plan", demoPlan())
            .post(URL)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Someone corrects the figure by hand; the script's retry must not put 7 back.
    correctByHand(seen[1], "2021-04", 8);
    as("performance")
        .contentType("text/csv")
        .header("Idempotency-Key", key)
        .body(file)
        .queryParam("plan", demoPlan())
        .post(URL)
        .then()
        .statusCode(200)
        .header("Idempotent-Replayed", "true")
        .body("batchId", equalTo((int) first.getLong("batchId")))
        .body("created", equalTo(1));
    assertEquals(8, ((Number) values(seen[1]).get(0).get("value")).intValue());
    // The key lives in the database, not in this server's memory: any server answers the same.
    assertEquals(
        1, count("select count(*) from bulk_idempotency_key where idempotency_key = ?", key));
    as("performance")
        .contentType("text/csv")
        .header("Idempotency-Key", key)
        .body(file.replace(",7", ",9"))
        .queryParam("plan", demoPlan())
        .post(URL)
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/idempotency-key-reused"));
  }

  @Test
  void shouldRevertABatchAndRefuseWhenALaterChangeTouchedItsFigures() {
    int[] seen = indicator("COUNT");
    csv("indicator,period,value\n" + seen[0] + ",2021-03,5\n", "").statusCode(200);
    long batch =
        csv("indicator,period,value\n" + seen[0] + ",2021-03,6\n" + seen[0] + ",2021-04,7\n", "")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("batchId");
    as("performance")
        .post("/api/v1/bulk/batches/" + batch + "/revert")
        .then()
        .statusCode(200)
        .body("revertedAt", notNullValue())
        .body("revertedBy", containsString("Performance"));
    List<Map<String, Object>> after = values(seen[1]);
    assertEquals(1, after.size(), "the figure the batch created is gone");
    assertEquals(5, ((Number) after.get(0).get("value")).intValue(), "the corrected one is back");
    as("performance").post("/api/v1/bulk/batches/" + batch + "/revert").then().statusCode(409);

    long later =
        csv("indicator,period,value\n" + seen[0] + ",2021-05,4\n" + seen[0] + ",2021-06,6\n", "")
            .extract()
            .jsonPath()
            .getLong("batchId");
    correctByHand(seen[1], "2021-06", 3);
    as("performance")
        .post("/api/v1/bulk/batches/" + later + "/revert")
        .then()
        .statusCode(409)
        .body("detail", containsString("indicator " + seen[0] + " for 2021-06"));
    assertEquals(3, values(seen[1]).size(), "a refused revert changes nothing");
    as("performance").get("/api/v1/bulk/batches/" + later).then().body("revertedAt", nullValue());
  }

  @Test
  void shouldRefuseUnreadableFilesWithAProblemAndWriteNothing() {
    int[] seen = indicator("COUNT");
    csv("indicator,month,value\n" + seen[0] + ",2021-04,1\n", "")
        .statusCode(400)
        .body("errors[0].field", equalTo("file"))
        .body("errors[0].message", containsString("lacks the column \"period\""));
    csv("", "").statusCode(400).body("errors[0].message", containsString("is empty"));
    as("performance")
        .contentType("text/csv")
        .body(
            ("indicator,period,value,note\n" + seen[0] + ",2021-04,1,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1))
        .queryParam("plan", demoPlan())
        .post(URL)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("is not UTF-8"));
    csv("indicator,period,value,note\n" + seen[0] + ",2021-04,1,\"two\nlines\"\n", "")
        .statusCode(422)
        .body("errors[0].column", equalTo("note"))
        .body("errors[0].reason", containsString("line break inside quotes"));
    csv("indicator,period,value,note\n" + seen[0] + ",2021-04,1,\"never closed\n", "")
        .statusCode(400)
        .body("errors[0].message", containsString("quoted field"));
    csv(
            "indicator,period,value,note\n"
                + seen[0]
                + ",2021-04,1,"
                + "x".repeat(5 * 1024 * 1024)
                + "\n",
            "")
        .statusCode(400)
        .body("errors[0].message", containsString("longer than"));
    as("performance")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body("not a workbook".getBytes(StandardCharsets.UTF_8))
        .queryParam("plan", demoPlan())
        .post(URL)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("not an Excel workbook"));
    assertTrue(values(seen[1]).isEmpty());
  }

  @Test
  void shouldReadExcelWorkbooksAndJson() throws Exception {
    int[] seen = indicator("PERCENT");
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("April");
      sheet.createRow(0).createCell(0).setCellValue("indicator");
      sheet.getRow(0).createCell(1).setCellValue("period");
      sheet.getRow(0).createCell(2).setCellValue("value");
      sheet.createRow(1).createCell(0).setCellValue(seen[0]);
      sheet.getRow(1).createCell(1).setCellValue("2021-04");
      sheet.getRow(1).createCell(2).setCellValue(64.2);
      sheet.createRow(2).createCell(0).setCellValue(seen[0]);
      sheet.getRow(2).createCell(1).setCellValue("2021-05");
      sheet.getRow(2).createCell(2).setCellValue(101);
      workbook.write(xlsx);
    }
    as("performance")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(xlsx.toByteArray())
        .queryParam("plan", demoPlan())
        .post(URL)
        .then()
        .statusCode(422)
        .body("errors[0].line", equalTo(3))
        .body("errors[0].column", equalTo("value"))
        .body("errors[0].value", equalTo("101"));

    as("performance")
        .body(
            Map.of(
                "values",
                List.of(
                    Map.of("indicator", seen[0], "period", "2021-04", "value", 64.2),
                    Map.of("indicator", seen[0], "period", "2021-05", "value", 65))))
        .queryParam("plan", demoPlan())
        .post(URL)
        .then()
        .statusCode(200)
        .body("created", equalTo(2));
    as("performance")
        .body(Map.of("values", List.of(Map.of("indicator", seen[0], "month", "2021-04"))))
        .queryParam("plan", demoPlan())
        .post(URL)
        .then()
        .statusCode(422)
        .body("errors[0].column", equalTo("month"));
  }

  @Test
  void shouldServeTemplatesAndKeepBulkFromPartnersAndEditors() {
    as("performance")
        .accept("text/csv")
        .get("/api/v1/bulk/templates/indicator-values.csv")
        .then()
        .statusCode(200)
        .body(containsString("indicator,period,value,numerator,denominator,status,note"));
    as("performance")
        .accept("*/*")
        .get("/api/v1/bulk/templates/unknown.csv")
        .then()
        .statusCode(404);
    for (String who : List.of("partner", "editor", "viewer")) {
      as(who)
          .contentType("text/csv")
          .body("indicator,period,value\n")
          .queryParam("plan", demoPlan())
          .post(URL)
          .then()
          .statusCode(403);
    }
  }

  /**
   * A client that stops half-way through a large upload (its process killed, its network gone): the
   * rows already read are in an open transaction, so nothing of them is ever committed.
   */
  @Test
  void shouldLeaveNoPartialBatchWhenAnUploadStopsHalfWay() throws Exception {
    int[] seen = indicator("COUNT");
    StringBuilder rows = new StringBuilder("indicator,period,value\n");
    for (int year = 1900; year < 2020; year++) {
      for (int month = 1; month <= 12; month++) {
        rows.append(seen[0])
            .append(',')
            .append(String.format("%d-%02d", year, month))
            .append(",1\n");
      }
    }
    byte[] body = rows.toString().getBytes(StandardCharsets.UTF_8);
    int batchesBefore = count("select count(*) from bulk_batch where id > ?", 0L);
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + URL
                  + "?plan="
                  + demoPlan()
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + Api.token("performance")
                  + "\r\nContent-Type: text/csv\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(
          response.isEmpty() || response.contains("400"), "cut short, not applied: " + response);
    }
    assertTrue(values(seen[1]).isEmpty(), "no figure of the half upload is written");
    assertEquals(batchesBefore, count("select count(*) from bulk_batch where id > ?", 0L));
  }
}
