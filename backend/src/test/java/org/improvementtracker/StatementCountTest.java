package org.improvementtracker;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.improvementtracker.Api.api;
import static org.improvementtracker.StatementCounter.selectsDuring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The number of SELECTs behind each busy endpoint is fixed: it does not grow with the rows on a
 * page or with the years of figures kept. The data (a plan of its own with 120 actions, and
 * indicators with ten years of monthly figures beside one with three) is written straight into the
 * database, as a council's years of use would have left it.
 */
@QuarkusTest
class StatementCountTest {
  private static final int ACTIONS = 120;
  private static final int YEARS = 10;

  @Inject AgroalDataSource dataSource;

  private static Grown grown;

  /** The ids of the grown plan and its rows. */
  record Grown(long plan, long action, long longIndicator, long shortIndicator) {}

  @BeforeEach
  void growOnce() throws SQLException {
    if (grown == null) {
      grown = grow();
    }
    api().get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void shouldReadOneActionInAtMostThreeSelects() {
    int selects =
        selectsDuring(
            () ->
                api()
                    .get("/api/v1/actions/" + grown.action())
                    .then()
                    .statusCode(200)
                    .body("progressUpdateCount", equalTo(3))
                    .body("findings.size()", equalTo(2))
                    .body("indicators.size()", equalTo(2))
                    .body("partners.size()", equalTo(1)));
    assertTrue(selects <= 3, "GET one action ran " + selects + " SELECTs");
  }

  @Test
  void shouldListAPageOfActionsInAtMostSixSelectsWhateverItsSize() {
    int small = selectsDuring(() -> listActions(5));
    int large = selectsDuring(() -> listActions(ACTIONS));
    assertTrue(large <= 6, "a page of " + ACTIONS + " actions ran " + large + " SELECTs");
    assertEquals(small, large, "a page of 5 and a page of " + ACTIONS + " ran different counts");
  }

  @Test
  void shouldBuildTheScorecardOfALongHistoryInAtMostFourSelects() {
    int selects =
        selectsDuring(
            () ->
                api()
                    .get("/api/v1/scorecard?plan=" + grown.plan())
                    .then()
                    .statusCode(200)
                    .body("periods.size()", equalTo(6))
                    .body("areas[0].indicators.size()", equalTo(4)));
    assertTrue(selects <= 4, "the scorecard ran " + selects + " SELECTs");
  }

  @Test
  void shouldListValuesInTheSameSelectsForTenYearsAsForThreeMonths() {
    int shortHistory = selectsDuring(() -> listValues(grown.shortIndicator(), 3));
    int longHistory = selectsDuring(() -> listValues(grown.longIndicator(), YEARS * 12));
    assertEquals(shortHistory, longHistory);
    assertTrue(longHistory <= 3, "the values list ran " + longHistory + " SELECTs");
  }

  @Test
  void shouldEnterAFigureInTheSameSelectsForTenYearsAsForThreeMonths() {
    // A correction names the version it corrects (read before counting).
    String shortTag = etagOf(grown.shortIndicator());
    int shortHistory = selectsDuring(() -> putFigure(grown.shortIndicator(), "61.5", shortTag));
    String longTag = etagOf(grown.longIndicator());
    int longHistory = selectsDuring(() -> putFigure(grown.longIndicator(), "61.5", longTag));
    assertEquals(shortHistory, longHistory);
    String correctedTag = etagOf(grown.longIndicator());
    int correction = selectsDuring(() -> putFigure(grown.longIndicator(), "62.5", correctedTag));
    assertEquals(longHistory, correction);
  }

  private void listActions(int size) {
    api()
        .get("/api/v1/actions?plan=" + grown.plan() + "&size=" + size)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(size))
        .body("items[0].progressUpdateCount", equalTo(3))
        .body("items[0].findings.size()", equalTo(2));
  }

  private void listValues(long indicator, int count) {
    api()
        .get("/api/v1/indicators/" + indicator + "/values")
        .then()
        .statusCode(200)
        .body("size()", greaterThanOrEqualTo(count));
  }

  /** The ETag of the indicator's 2015-01 figure, or null when it has none yet. */
  private static String etagOf(long indicator) {
    var response = api().get("/api/v1/indicators/" + indicator + "/values/2015-01");
    return response.statusCode() == 200 ? response.header("ETag") : null;
  }

  private void putFigure(long indicator, String value, String ifMatch) {
    var request = api().body(Map.of("value", value, "status", "FINAL"));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    request
        .put("/api/v1/indicators/" + indicator + "/values/2015-01")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
  }

  private Grown grow() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      long plan =
          id(s, "insert into plan (title, organisation) values ('Grown', 'Council') returning id");
      long priority =
          id(
              s,
              "insert into priority (plan_id, number, title) values ("
                  + plan
                  + ", 1, 'Grown priority') returning id");
      long partner =
          id(s, "select id from organisation where kind = 'PARTNER' order by id limit 1");
      s.execute(
          "insert into finding (plan_id, source, paragraph, summary) select "
              + plan
              + ", 'letter', n, 'Finding ' || n from generate_series(1, 4) n");
      long shortIndicator = 0;
      long longIndicator = 0;
      for (int n = 1; n <= 4; n++) {
        long indicator =
            id(
                s,
                "insert into indicator (plan_id, number, name, area, unit, basis, polarity,"
                    + " target_kind, target_value) values ("
                    + plan
                    + ", "
                    + (900 + n)
                    + ", 'Indicator "
                    + n
                    + "', 'Grown area', 'PERCENT', 'IN_MONTH', 'HIGHER_IS_BETTER', 'NUMERIC', 60)"
                    + " returning id");
        int months = n == 4 ? 3 : YEARS * 12;
        s.execute(
            "insert into indicator_value (indicator_id, period, value, status, entered_by,"
                + " entered_at) select "
                + indicator
                + ", to_char(date '2022-06-01' - make_interval(months => m), 'YYYY-MM'),"
                + " 50 + (m % 7), 'FINAL', 'seed', now() from generate_series(0, "
                + (months - 1)
                + ") m");
        if (n == 1) {
          longIndicator = indicator;
        } else if (n == 4) {
          shortIndicator = indicator;
        }
      }
      s.execute(
          "insert into indicator_value_revision (value_id, old_value, new_value, old_status,"
              + " new_status, changed_by, changed_at) select id, value - 1, value, 'FINAL',"
              + " 'FINAL', 'seed', now() from indicator_value where indicator_id = "
              + longIndicator);
      s.execute(
          "insert into action (priority_id, ref, ref_major, ref_minor, action_text, leads)"
              + " select "
              + priority
              + ", '1.' || n, 1, n, 'Grown action ' || n, '{Lead}' from generate_series(1, "
              + ACTIONS
              + ") n");
      s.execute(
          "insert into action_finding select a.id, f.id from action a join priority p on p.id ="
              + " a.priority_id join finding f on f.plan_id = p.plan_id and f.paragraph <= 2 where"
              + " p.plan_id = "
              + plan);
      s.execute(
          "insert into action_indicator select a.id, i.id from action a join priority p on p.id ="
              + " a.priority_id join indicator i on i.plan_id = p.plan_id and i.number <= 902 where"
              + " p.plan_id = "
              + plan);
      s.execute(
          "insert into action_partner select a.id, "
              + partner
              + " from action a where a.priority_id = "
              + priority);
      s.execute(
          "insert into progress_update (action_id, recorded_on, author, body) select a.id, date"
              + " '2024-01-01' + n, 'seed', 'Evidence ' || n from action a cross join"
              + " generate_series(1, 3) n where a.priority_id = "
              + priority);
      long action =
          id(s, "select id from action where priority_id = " + priority + " order by id limit 1");
      return new Grown(plan, action, longIndicator, shortIndicator);
    }
  }

  private static long id(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
