package org.improvementtracker.bulk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.as;
import static org.improvementtracker.workforce.Teams.figuresOf;
import static org.improvementtracker.workforce.Teams.indicatorId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.improvementtracker.caseaudit.Audits;
import org.junit.jupiter.api.Test;

/**
 * A month of case audits in one upload, through the real HTTP API: each row checked as a single
 * audit is, identified by case reference, audit date and type, all or nothing, indicators 55-58
 * recomputed once per batch, dry run, idempotency key and revert. Each test completes its audits in
 * a month of 2014 of its own: the indicators count every team's audits.
 */
@QuarkusTest
class BulkAuditsTest {
  private static final String URL = "/api/v1/bulk/audits";
  private static final String HEADER =
      "caseReference,auditDate,type,team,auditor,dueDate,grade,moderatedGrade,completedDate,"
          + "themes,learning\n";

  @Inject AgroalDataSource dataSource;

  private static String team() {
    return BulkUploads.newTeamCode("Bulk audit team");
  }

  private static ValidatableResponse csv(String csv, String query) {
    return BulkUploads.csv(URL + query, csv);
  }

  /** One case-file audit row per moderated grade, completed in the month on or before its due. */
  private static String rows(String team, String month, String... moderated) {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < moderated.length; i++) {
      file.append(reference(month, i))
          .append(',')
          .append(month)
          .append("-02,CASE_FILE,")
          .append(team)
          .append(",Sam Okafor (QA Lead),")
          .append(month)
          .append("-20,GOOD,")
          .append(moderated[i])
          .append(',')
          .append(month)
          .append("-1")
          .append(i)
          .append(",Voice of the child;Chronology,The plan is clear\n");
    }
    return file.toString();
  }

  private static String reference(String month, int i) {
    return "BA-" + month.replace("-", "") + "0" + i;
  }

  private static List<Map<String, Object>> audits(String month) {
    return api()
        .get("/api/v1/audits?month=" + month + "&size=100")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void shouldEnterAMonthAndComputeIndicators55To58OnceForTheBatch() {
    String team = team();
    long batch =
        csv(rows(team, "2014-01", "GOOD", "INADEQUATE", "OUTSTANDING"), "")
            .statusCode(200)
            .body("kind", equalTo("audits"))
            .body("created", equalTo(3))
            .extract()
            .jsonPath()
            .getLong("batchId");
    figuresOf(55, "2014-01").then().body("[0].value", equalTo(3));
    figuresOf(57, "2014-01").then().body("[0].value", equalTo(66.7f));
    figuresOf(58, "2014-01").then().body("[0].value", equalTo(33.3f));
    // One computation for the whole batch: no intermediate figure was written and then corrected.
    api()
        .get("/api/v1/indicators/" + indicatorId(55) + "/values/2014-01/revisions")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    Map<String, Object> first = audits("2014-01").get(2);
    assertEquals(reference("2014-01", 0), first.get("caseReference"));
    assertEquals(List.of("Voice of the child", "Chronology"), first.get("themes"));
    assertEquals(
        3,
        BulkUploads.count(
            dataSource, "select count(*) from audit_event where batch_id = ?", batch));

    csv(rows(team, "2014-01", "GOOD", "REQUIRES_IMPROVEMENT", "OUTSTANDING"), "")
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(2));
    assertEquals(3, audits("2014-01").size(), "the re-run corrected the audit it identifies");
    figuresOf(58, "2014-01").then().body("[0].value", equalTo(0));
  }

  @Test
  void shouldWriteNothingWhenOneRowBreaksAnAuditRule() {
    String team = team();
    String future = LocalDate.now().plusDays(3).toString();
    String file =
        rows(team, "2014-02", "GOOD")
            + "Jane Smith,2014-02-03,CASE_FILE,"
            + team
            + ",Sam Okafor,2014-02-20,,,,,\n"
            + "BA-2014020,2014-02-03,CASE_FILE,"
            + team
            + ",Sam Okafor,2014-02-20,,GOOD,2014-02-01,,\n"
            + "BA-2014021,03/02/2014,SPOT_CHECK,NOSUCH,Sam Okafor,2014-02-20,,,,,\n"
            + "BA-2014022,"
            + future
            + ",CASE_FILE,"
            + team
            + ",Sam Okafor,"
            + future
            + ",,,,,\n"
            + reference("2014-02", 0)
            + ",2014-02-02,CASE_FILE,"
            + team
            + ",Someone else,2014-02-20,,,,,\n";
    JsonPath refused = csv(file, "").statusCode(422).extract().jsonPath();
    assertEquals(5, refused.getInt("rejected"));
    assertEquals(List.of(3, 4, 4, 5, 5, 5, 6, 7), refused.getList("errors.line"));
    assertEquals(
        List.of(
            "caseReference",
            "moderatedGrade",
            "completedDate",
            "auditDate",
            "type",
            "team",
            "auditDate",
            "caseReference"),
        sortedWithinLines(refused));
    assertTrue(
        refused.getString("errors.find { it.line == 3 }.reason").contains("never a name"),
        refused.prettify());
    assertEquals("03/02/2014", refused.getString("errors.find { it.column == 'auditDate' }.value"));
    assertTrue(
        refused
            .getString("errors.find { it.line == 7 }.reason")
            .contains("also on line 2 for the same case, audit date and type"));
    assertEquals(List.of(), audits("2014-02"), "nothing written: not even the good rows");
    figuresOf(55, "2014-02").then().body("size()", equalTo(0));
  }

  /** The columns of the refused rows, line by line and in column order within a line. */
  private static List<String> sortedWithinLines(JsonPath refused) {
    List<Map<String, Object>> errors = refused.getList("errors");
    List<String> order = List.of(HEADER.trim().split(","));
    return errors.stream()
        .sorted(
            java.util.Comparator.comparing((Map<String, Object> e) -> (Integer) e.get("line"))
                .thenComparing(e -> order.indexOf((String) e.get("column"))))
        .map(e -> (String) e.get("column"))
        .toList();
  }

  @Test
  void shouldAnswerADryRunExactlyAsTheRealRunWithoutWriting() {
    String file = rows(team(), "2014-03", "GOOD", "GOOD");
    Map<String, Object> dry = csv(file, "?dryRun=true").statusCode(200).extract().path("");
    assertEquals(List.of(), audits("2014-03"));
    figuresOf(55, "2014-03").then().body("size()", equalTo(0));
    Map<String, Object> real = csv(file, "").statusCode(200).extract().path("");
    real.put("batchId", null);
    assertEquals(dry, real);
    assertEquals(2, audits("2014-03").size());
  }

  @Test
  void shouldRevertABatchAndRefuseWhenAnAuditChangedSince() {
    String team = team();
    long first =
        csv(rows(team, "2014-04", "GOOD", "INADEQUATE"), "")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("batchId");
    long second =
        csv(rows(team, "2014-04", "GOOD", "GOOD"), "")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("batchId");
    as("performance")
        .post("/api/v1/bulk/batches/" + first + "/revert")
        .then()
        .statusCode(409)
        .body("detail", containsString(reference("2014-04", 1)));
    as("performance").get("/api/v1/bulk/batches/" + first).then().body("revertedAt", nullValue());

    as("performance").post("/api/v1/bulk/batches/" + second + "/revert").then().statusCode(200);
    assertEquals("INADEQUATE", audits("2014-04").get(0).get("moderatedGrade"));
    figuresOf(58, "2014-04").then().body("[0].value", equalTo(50));
    as("performance").post("/api/v1/bulk/batches/" + first + "/revert").then().statusCode(200);
    assertEquals(List.of(), audits("2014-04"));
    figuresOf(55, "2014-04").then().body("size()", equalTo(0));
  }

  @Test
  void shouldRefuseToRevertAnAuditThatHasRecommendationsSince() {
    long batch =
        csv(rows(team(), "2014-05", "GOOD"), "")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("batchId");
    long audit = ((Number) audits("2014-05").get(0).get("id")).longValue();
    Audits.newRecommendation(audit, "Record the child's wishes", "Team manager", "2014-06-30");
    as("performance")
        .post("/api/v1/bulk/batches/" + batch + "/revert")
        .then()
        .statusCode(409)
        .body("detail", containsString("1 recommendation(s) recorded on it since"));
    assertEquals(1, audits("2014-05").size());
  }

  @Test
  void shouldReturnTheFirstResultForARepeatedKey() {
    Map<String, Object> first =
        BulkUploads.sendTwiceWithOneKey(URL, rows(team(), "2014-06", "GOOD"));
    assertEquals(1, first.get("created"));
    assertEquals(1, audits("2014-06").size(), "the repeat wrote nothing");
  }

  @Test
  void shouldReadExcelWorkbooksWithDateCellsAndJsonWithThemeLists() throws Exception {
    String team = team();
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Audits");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      String[] header = {"caseReference", "auditDate", "type", "team", "auditor", "dueDate"};
      XSSFRow names = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        names.createCell(i).setCellValue(header[i]);
      }
      XSSFRow row = sheet.createRow(1);
      row.createCell(0).setCellValue("BA-2014070");
      row.createCell(1).setCellValue(LocalDate.of(2014, 7, 3));
      row.getCell(1).setCellStyle(date);
      row.createCell(2).setCellValue("THEMATIC");
      row.createCell(3).setCellValue(team);
      row.createCell(4).setCellValue("Sam Okafor");
      row.createCell(5).setCellValue(LocalDate.of(2014, 7, 28));
      row.getCell(5).setCellStyle(date);
      workbook.write(xlsx);
    }
    as("performance")
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(xlsx.toByteArray())
        .post(URL)
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    Map<String, Object> audit = audits("2014-07").get(0);
    assertEquals("2014-07-03", audit.get("auditDate"));
    assertEquals("2014-07-28", audit.get("dueDate"));

    as("performance")
        .body(
            Map.of(
                "audits",
                List.of(
                    Map.of(
                        "caseReference", "BA-2014070",
                        "auditDate", "2014-07-03",
                        "type", "THEMATIC",
                        "team", team,
                        "auditor", "Sam Okafor",
                        "dueDate", "2014-07-28",
                        "themes", List.of("Neglect", "Supervision")))))
        .post(URL)
        .then()
        .statusCode(200)
        .body("updated", equalTo(1));
    assertEquals(List.of("Neglect", "Supervision"), audits("2014-07").get(0).get("themes"));
  }

  @Test
  void shouldServeATemplateWhoseExampleRowIsAccepted() {
    String template =
        as("performance")
            .accept("text/csv")
            .get("/api/v1/bulk/templates/audits.csv")
            .then()
            .statusCode(200)
            .body(containsString(HEADER.trim()))
            .extract()
            .asString();
    csv(template, "?dryRun=true").statusCode(200).body("rejected", equalTo(0));
    for (String who : List.of("partner", "editor", "viewer")) {
      as(who).contentType("text/csv").body(HEADER).post(URL).then().statusCode(403);
    }
  }
}
