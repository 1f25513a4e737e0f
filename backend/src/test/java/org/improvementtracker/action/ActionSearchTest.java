package org.improvementtracker.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.improvementtracker.Api.actionBody;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.Api.createAction;
import static org.improvementtracker.Api.priorityId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Filters, sorting and paging of GET /actions, over rows this test creates. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionSearchTest {
  private static final String MARK = "zebracrossing";

  private boolean created;

  // Not @BeforeAll: the test HTTP port is only set up before each test.
  @BeforeEach
  void createRowsOnce() {
    if (created) {
      return;
    }
    created = true;
    String past = LocalDate.now().minusDays(10).toString();
    String future = LocalDate.now().plusDays(30).toString();
    create("4.21", "Overdue row " + MARK, past, List.of("Police Inspector"), null);
    create("4.22", "Implemented row " + MARK, past, List.of("HOS Permanence"), "AMBER_E");
    create("4.23", "Future row " + MARK, future, List.of("Health Designated Nurse"), "AMBER");
    create("4.3", "Undated row " + MARK, null, List.of("SD"), null);
  }

  private void create(String ref, String text, String due, List<String> leads, String rag) {
    Map<String, Object> body = actionBody(priorityId(4), ref, text);
    body.put("dueDate", due);
    body.put("leads", leads);
    long id = createAction(body).jsonPath().getLong("id");
    if (rag != null) {
      api()
          .body(
              Map.of(
                  "rag", rag, "reason", "Set up for the search test", "evidence", "Test evidence"))
          .post("/api/v1/actions/" + id + "/rag")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void shouldFindOverdueRowsAndDeriveRed() {
    api()
        .get("/api/v1/actions?overdue=true&q=" + MARK)
        .then()
        .statusCode(200)
        .body("items.ref", contains("4.21"))
        .body("items[0].effectiveRag", equalTo("RED"))
        .body("items[0].rag", equalTo(null));
    api()
        .get("/api/v1/actions?effectiveRag=RED&q=" + MARK)
        .then()
        .body("items.ref", contains("4.21"));
    api()
        .get("/api/v1/actions?effectiveRag=AMBER&q=" + MARK)
        .then()
        .body("items.ref", contains("4.23"));
    api()
        .get("/api/v1/actions?effectiveRag=AMBER_E&q=" + MARK)
        .then()
        .statusCode(200)
        .body("items.ref", contains("4.22"));
    api()
        .get("/api/v1/actions?effectiveRag=GREEN&q=" + MARK)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    api()
        .get("/api/v1/actions?effectiveRag=NONE&q=" + MARK)
        .then()
        .body("items.ref", contains("4.3"));
    api()
        .get("/api/v1/actions?rag=NONE&q=" + MARK)
        .then()
        .body("items.ref", contains("4.3", "4.21"));
  }

  @Test
  void shouldFilterByLeadSubstringInAnyCase() {
    api().get("/api/v1/actions?lead=police&q=" + MARK).then().body("items.ref", contains("4.21"));
    api()
        .get("/api/v1/actions?lead=NURSE&priority=" + priorityId(4))
        .then()
        .body("items.ref", contains("4.23"));
  }

  @Test
  void shouldSortRefsAsNumbersAndByDueDate() {
    // 4.3 sorts before 4.21 numerically: the minor part 3 < 21.
    api()
        .get("/api/v1/actions?q=" + MARK)
        .then()
        .body("items.ref", contains("4.3", "4.21", "4.22", "4.23"));
    api()
        .get("/api/v1/actions?sort=-dueDate&q=" + MARK)
        .then()
        .body("items.ref", contains("4.23", "4.21", "4.22", "4.3"));
  }

  @Test
  void shouldPageWithTotals() {
    api()
        .get("/api/v1/actions?size=3&page=2&q=" + MARK)
        .then()
        .body("items", hasSize(1))
        .body("page", equalTo(2))
        .body("size", equalTo(3))
        .body("totalItems", equalTo(4))
        .body("totalPages", equalTo(2));
  }

  @Test
  void shouldTreatLikeWildcardsLiterally() {
    api().get("/api/v1/actions?q=%25").then().statusCode(200).body("totalItems", equalTo(0));
  }

  @Test
  void shouldRejectBadFilters() {
    api()
        .get("/api/v1/actions?sort=colour")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sort"));
    api()
        .get("/api/v1/actions?effectiveRag=PURPLE")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("effectiveRag"));
    api()
        .get("/api/v1/actions?overdue=maybe")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("overdue"));
    api()
        .get("/api/v1/actions?size=100000")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
    api()
        .get("/api/v1/actions?finding=thirteen")
        .then()
        .statusCode(400)
        .body("errors.field", everyItem(equalTo("finding")));
  }

  /** The overdue rule is written once for Java and once for queries: both must agree. */
  @Test
  void shouldApplyTheSameOverdueRuleInListsAndInEachRow() {
    io.restassured.path.json.JsonPath all =
        api().get("/api/v1/actions?size=500").then().statusCode(200).extract().jsonPath();
    List<Integer> overdueRows = all.getList("items.findAll { it.overdue }.id");
    List<Integer> redRows = all.getList("items.findAll { it.effectiveRag == 'RED' }.id");
    List<Integer> unratedRows = all.getList("items.findAll { it.effectiveRag == null }.id");
    assertEquals(
        new java.util.TreeSet<>(overdueRows), ids("/api/v1/actions?size=500&overdue=true"));
    assertEquals(
        new java.util.TreeSet<>(redRows), ids("/api/v1/actions?size=500&effectiveRag=RED"));
    assertEquals(
        new java.util.TreeSet<>(unratedRows), ids("/api/v1/actions?size=500&effectiveRag=NONE"));
    org.junit.jupiter.api.Assertions.assertFalse(overdueRows.isEmpty(), "rows to compare");
  }

  private static java.util.Set<Integer> ids(String url) {
    return new java.util.TreeSet<>(
        api().get(url).then().statusCode(200).extract().jsonPath().getList("items.id"));
  }
}
