package org.improvementtracker.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Period;
import org.improvementtracker.indicator.DerivedIndicators;
import org.improvementtracker.indicator.FigureRules;
import org.improvementtracker.indicator.Indicator;
import org.improvementtracker.indicator.IndicatorValueRepository;
import org.improvementtracker.indicator.SenseCheck;
import org.improvementtracker.indicator.ValueStatus;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Monthly figures in bulk. Each row is checked with the rules a typed figure meets ({@link
 * FigureRules}, future months, derived indicators) and the sense check; good rows are streamed into
 * a temporary table with COPY, and applying them is a handful of set-based statements (new figures,
 * corrections with their revisions, audit entries), so a million rows are not a million round
 * trips.
 */
@ApplicationScoped
class IndicatorValueLoader {

  @Inject EntityManager em;
  @Inject DerivedIndicators derived;
  @Inject IndicatorValueRepository values;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** How many indicators' figures are loaded at once to refresh their verdicts. */
  private static final int VERDICT_SLICE = 50;

  /** Two figures are the same when value, numerator, denominator and status agree. */
  private static final String SAME =
      "v.value = r.value and v.numerator is not distinct from r.numerator"
          + " and v.denominator is not distinct from r.denominator"
          + " and v.status = coalesce(r.status, v.status)";

  Upload open(Long planId, RowProblems problems) {
    Connection connection = connection();
    long plan = planOf(connection, planId);
    List<Indicator> indicators =
        em.createQuery("from Indicator i where i.plan.id = :plan", Indicator.class)
            .setParameter("plan", plan)
            .getResultList();
    Map<Integer, Indicator> byNumber = new HashMap<>();
    indicators.forEach(i -> byNumber.put(i.getNumber(), i));
    Map<Long, List<BigDecimal>> recent = recentFigures(connection, plan);
    execute(
        connection,
        "create temp table bulk_indicator_row (line integer, indicator_id bigint, period text,"
            + " value numeric(14, 4), numerator numeric(14, 4), denominator numeric(14, 4),"
            + " status text, note text) on commit drop");
    try {
      CopyIn copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("copy bulk_indicator_row from stdin (format csv)");
      return new IndicatorValueUpload(
          connection, copy, byNumber, recent, problems, YearMonth.now(clock), plan);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not stage the upload", e);
    }
  }

  private Connection connection() {
    return em.unwrap(Session.class).doReturningWork(c -> c);
  }

  /** The plan an upload is for: the given one, or the only one there is. */
  static long planOf(Connection connection, Long planId) {
    List<Long> plans = new ArrayList<>();
    query(connection, "select id from plan order by id", List.of(), rs -> plans.add(rs.getLong(1)));
    if (planId != null) {
      if (!plans.contains(planId)) {
        throw new NotFoundException("Plan", planId);
      }
      return planId;
    }
    if (plans.size() != 1) {
      throw new InvalidInputException(
          "plan", "is required: there are " + plans.size() + " plans (give the plan's id)");
    }
    return plans.get(0);
  }

  /** Each indicator's latest figures, oldest first, for the sense check. */
  private static Map<Long, List<BigDecimal>> recentFigures(Connection connection, long plan) {
    Map<Long, List<BigDecimal>> recent = new HashMap<>();
    query(
        connection,
        "select indicator_id, value from (select v.indicator_id, v.value, v.period, row_number()"
            + " over (partition by v.indicator_id order by v.period desc) n from indicator_value v"
            + " join indicator i on i.id = v.indicator_id where i.plan_id = ?) x where n <= ?"
            + " order by indicator_id, period",
        List.of(plan, SenseCheck.HISTORY_MONTHS),
        rs ->
            recent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getBigDecimal(2)));
    return recent;
  }

  /** Puts back every figure the batch changed, or refuses naming those changed since. */
  void revert(long batchId, String by, OffsetDateTime now) {
    Connection connection = connection();
    List<String> touched = new ArrayList<>();
    query(
        connection,
        "select i.number, bv.period, v.entered_by, v.entered_at from bulk_batch_value bv"
            + " join bulk_batch b on b.id = bv.batch_id"
            + " join indicator i on i.id = bv.indicator_id"
            + " left join indicator_value v on v.id = bv.value_id"
            + " where bv.batch_id = ? and (v.id is null or v.entered_at <> b.created_at"
            + " or v.value <> bv.new_value or v.status <> bv.new_status"
            + " or v.numerator is distinct from bv.new_numerator"
            + " or v.denominator is distinct from bv.new_denominator)"
            + " order by i.number, bv.period",
        List.of(batchId),
        rs ->
            touched.add(
                "indicator "
                    + rs.getInt(1)
                    + " for "
                    + rs.getString(2)
                    + (rs.getString(3) == null
                        ? " (deleted since)"
                        : " (changed by " + rs.getString(3) + " at " + rs.getObject(4) + ")")));
    if (!touched.isEmpty()) {
      throw BulkProblems.revertRefused(batchId, "figures", touched);
    }
    update(
        connection,
        "insert into indicator_value_revision (value_id, old_value, new_value, old_numerator,"
            + " new_numerator, old_denominator, new_denominator, old_status, new_status, changed_by,"
            + " changed_at, batch_id, reason) select value_id, new_value, old_value, new_numerator,"
            + " old_numerator, new_denominator, old_denominator, new_status, old_status, ?, ?, ?,"
            + " ? from bulk_batch_value where batch_id = ? and not created",
        by,
        now,
        batchId,
        "Bulk upload " + batchId + " reverted",
        batchId);
    update(
        connection,
        "update indicator_value v set value = bv.old_value, numerator = bv.old_numerator,"
            + " denominator = bv.old_denominator, status = bv.old_status, entered_by = ?,"
            + " entered_at = ?, version = v.version + 1, revision_count = v.revision_count + 1"
            + " from bulk_batch_value bv where bv.batch_id = ? and not bv.created"
            + " and v.id = bv.value_id",
        by,
        now,
        batchId);
    audit.recordAll(
        "select case when created then 'INDICATOR_VALUE_WITHDRAWN' else"
            + " 'INDICATOR_VALUE_REVERTED' end as event, 'Indicator' as entity_type,"
            + " indicator_id::text as entity_id, "
            + state("new", "null", "null")
            + " as before_state, case when created then null else "
            + state("old", "?", "?")
            + " end as after_state, batch_id from bulk_batch_value where batch_id = ?",
        by,
        now,
        batchId);
    update(
        connection,
        "delete from indicator_value v using bulk_batch_value bv where bv.batch_id = ?"
            + " and bv.created and v.id = bv.value_id",
        batchId);
    refreshVerdicts(connection, batchId);
  }

  /** A figure's API representation built in SQL from bulk_batch_value's old_ or new_ columns. */
  private static String state(String side, String by, String at) {
    return "jsonb_build_object('period', period, 'value', "
        + side
        + "_value, 'numerator', "
        + side
        + "_numerator, 'denominator', "
        + side
        + "_denominator, 'status', "
        + side
        + "_status, 'enteredBy', "
        + by
        + "::text, 'enteredAt', "
        + at
        + "::timestamptz)::text";
  }

  /** The stored verdicts (status against target, direction) of the indicators a batch touched. */
  private void refreshVerdicts(Connection connection, long batchId) {
    List<Long> ids = new ArrayList<>();
    query(
        connection,
        "select distinct indicator_id from bulk_batch_value where batch_id = ?",
        List.of(batchId),
        rs -> ids.add(rs.getLong(1)));
    // In slices, so that a ten-year back-fill of every indicator never holds all figures at once.
    em.flush();
    em.clear();
    for (int from = 0; from < ids.size(); from += VERDICT_SLICE) {
      for (Long id : ids.subList(from, Math.min(ids.size(), from + VERDICT_SLICE))) {
        em.find(Indicator.class, id).refreshVerdicts(values.recentFigures(id));
      }
      em.flush();
      em.clear();
    }
  }

  /** The upload of one request: checks rows, stages good ones, then counts and applies them. */
  private final class IndicatorValueUpload implements Upload {
    private final Connection connection;
    private final CopyIn copy;
    private final Map<Integer, Indicator> byNumber;
    private final Map<Long, List<BigDecimal>> recent;
    private final RowProblems problems;
    private final YearMonth thisMonth;
    private final long plan;
    private final StringBuilder buffer = new StringBuilder(1 << 17);

    IndicatorValueUpload(
        Connection connection,
        CopyIn copy,
        Map<Integer, Indicator> byNumber,
        Map<Long, List<BigDecimal>> recent,
        RowProblems problems,
        YearMonth thisMonth,
        long plan) {
      this.connection = connection;
      this.copy = copy;
      this.byNumber = byNumber;
      this.recent = recent;
      this.problems = problems;
      this.thisMonth = thisMonth;
      this.plan = plan;
    }

    @Override
    public void malformed(int line, String column, String value, String reason) {
      problems.error(line, column, value, reason);
    }

    @Override
    public void row(int line, Map<String, String> cells) {
      Indicator indicator = indicator(line, cells.get("indicator"));
      Period period = period(line, cells.get("period"));
      BigDecimal value = number(line, "value", cells.get("value"));
      BigDecimal numerator = number(line, "numerator", cells.get("numerator"));
      BigDecimal denominator = number(line, "denominator", cells.get("denominator"));
      ValueStatus status = status(line, cells.get("status"));
      String note = cells.get("note");
      if (note != null && note.length() > 2000) {
        problems.error(
            line, "note", note.substring(0, 50) + "…", "must be 2,000 characters at most");
      }
      if (problems.rejects(line) || indicator == null) {
        return;
      }
      FigureRules.Checked checked =
          FigureRules.check(indicator.getUnit(), value, numerator, denominator);
      for (FieldError error : checked.errors()) {
        problems.error(line, error.field(), cells.get(error.field()), error.message());
      }
      if (problems.rejects(line)) {
        return;
      }
      SenseCheck.warning(
              indicator.getUnit(),
              checked.value(),
              recent.getOrDefault(indicator.getId(), List.of()))
          .ifPresent(w -> problems.warning(line, "value", cells.get("value"), w));
      buffer
          .append(line)
          .append(',')
          .append(indicator.getId())
          .append(',')
          .append(period)
          .append(',')
          .append(checked.value().toPlainString())
          .append(',')
          .append(numerator == null ? "" : numerator.toPlainString())
          .append(',')
          .append(denominator == null ? "" : denominator.toPlainString())
          .append(',')
          .append(status == null ? "" : status.name())
          .append(',');
      if (note != null) {
        buffer.append('"').append(note.replace("\"", "\"\"")).append('"');
      }
      buffer.append('\n');
      if (buffer.length() > (1 << 16)) {
        flush();
      }
    }

    private Indicator indicator(int line, String text) {
      if (text == null) {
        problems.error(line, "indicator", null, "is required: the indicator's number in the plan");
        return null;
      }
      Integer number;
      try {
        number = Integer.valueOf(text);
      } catch (NumberFormatException e) {
        problems.error(
            line, "indicator", text, "must be the indicator's number in the plan, e.g. 9");
        return null;
      }
      Indicator indicator = byNumber.get(number);
      if (indicator == null) {
        problems.error(line, "indicator", text, "is not the number of an indicator of the plan");
        return null;
      }
      Optional<String> refusal = derived.typedRefusal(indicator);
      if (refusal.isPresent()) {
        problems.error(line, "indicator", text, refusal.get());
        return null;
      }
      return indicator;
    }

    private Period period(int line, String text) {
      if (text == null) {
        problems.error(line, "period", null, "is required: the month, written YYYY-MM");
        return null;
      }
      try {
        Period period = Period.of(text);
        if (period.month().isAfter(thisMonth)) {
          problems.error(line, "period", text, "must not be in the future");
          return null;
        }
        return period;
      } catch (IllegalArgumentException e) {
        problems.error(line, "period", text, e.getMessage());
        return null;
      }
    }

    private BigDecimal number(int line, String column, String text) {
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text.replace(",", ""));
      } catch (NumberFormatException e) {
        problems.error(line, column, text, "must be a number, e.g. 64.2");
        return null;
      }
    }

    private ValueStatus status(int line, String text) {
      if (text == null) {
        return null;
      }
      try {
        return ValueStatus.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.error(line, "status", text, "must be PROVISIONAL or FINAL");
        return null;
      }
    }

    private void flush() {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      buffer.setLength(0);
      try {
        copy.writeToCopy(bytes, 0, bytes.length);
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException("Could not stage the upload", e));
      }
    }

    @Override
    public Counts finish() {
      flush();
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not stage the upload", e);
      }
      query(
          connection,
          "select r.line, i.number, r.period, r.first from (select line, indicator_id, period,"
              + " min(line) over (partition by indicator_id, period) as first"
              + " from bulk_indicator_row) r join indicator i on i.id = r.indicator_id"
              + " where r.line > r.first order by r.line",
          List.of(),
          rs ->
              problems.error(
                  rs.getInt(1),
                  "period",
                  rs.getString(3),
                  "repeats indicator "
                      + rs.getInt(2)
                      + " for "
                      + rs.getString(3)
                      + " from line "
                      + rs.getInt(4)));
      // A final figure has been reported: a correction says why, as it does one figure at a time.
      query(
          connection,
          "select r.line, r.period from bulk_indicator_row r join indicator_value v"
              + " on v.indicator_id = r.indicator_id and v.period = r.period"
              + " where v.status = 'FINAL' and not ("
              + SAME
              + ") and coalesce(btrim(r.note), '') = '' order by r.line",
          List.of(),
          rs ->
              problems.error(
                  rs.getInt(1),
                  "note",
                  "",
                  "say why the final figure for "
                      + rs.getString(2)
                      + " is corrected: it has been reported, and its revisions show the reason"));
      int[] counts = new int[3];
      query(
          connection,
          "select count(*) filter (where v.id is null), count(*) filter (where v.id is not null"
              + " and not ("
              + SAME
              + ")), count(*) filter (where "
              + SAME
              + ") from bulk_indicator_row r left join indicator_value v"
              + " on v.indicator_id = r.indicator_id and v.period = r.period",
          List.of(),
          rs -> {
            counts[0] = rs.getInt(1);
            counts[1] = rs.getInt(2);
            counts[2] = rs.getInt(3);
          });
      return new Counts(counts[0], counts[1], counts[2]);
    }

    @Override
    public void apply(long batchId, String by, OffsetDateTime now) {
      update(
          connection,
          "insert into bulk_batch_value (batch_id, value_id, indicator_id, period, created,"
              + " old_value, old_numerator, old_denominator, old_status, new_value, new_numerator,"
              + " new_denominator, new_status, note) select ?, v.id, v.indicator_id, v.period,"
              + " false, v.value, v.numerator, v.denominator, v.status, r.value, r.numerator,"
              + " r.denominator, coalesce(r.status, v.status), r.note from bulk_indicator_row r"
              + " join indicator_value v on v.indicator_id = r.indicator_id and v.period = r.period"
              + " where not ("
              + SAME
              + ")",
          batchId);
      update(
          connection,
          "insert into indicator_value_revision (value_id, old_value, new_value, old_numerator,"
              + " new_numerator, old_denominator, new_denominator, old_status, new_status,"
              + " changed_by, changed_at, batch_id, reason) select value_id, old_value, new_value,"
              + " old_numerator, new_numerator, old_denominator, new_denominator, old_status,"
              + " new_status, ?, ?, batch_id, nullif(btrim(note), '') from bulk_batch_value"
              + " where batch_id = ?",
          by,
          now,
          batchId);
      update(
          connection,
          "update indicator_value v set value = bv.new_value, numerator = bv.new_numerator,"
              + " denominator = bv.new_denominator, status = bv.new_status, entered_by = ?,"
              + " entered_at = ?, version = v.version + 1, revision_count = v.revision_count + 1"
              + " from bulk_batch_value bv where bv.batch_id = ?"
              + " and v.id = bv.value_id",
          by,
          now,
          batchId);
      update(
          connection,
          "with added as (insert into indicator_value (indicator_id, period, value, numerator,"
              + " denominator, status, entered_by, entered_at) select r.indicator_id, r.period,"
              + " r.value, r.numerator, r.denominator, coalesce(r.status, 'PROVISIONAL'), ?, ?"
              + " from bulk_indicator_row r where not exists (select 1 from indicator_value v"
              + " where v.indicator_id = r.indicator_id and v.period = r.period)"
              + " returning id, indicator_id, period, value, numerator, denominator, status)"
              + " insert into bulk_batch_value (batch_id, value_id, indicator_id, period, created,"
              + " new_value, new_numerator, new_denominator, new_status, note)"
              + " select ?, a.id, a.indicator_id, a.period, true, a.value, a.numerator,"
              + " a.denominator, a.status, r.note from added a join bulk_indicator_row r"
              + " on r.indicator_id = a.indicator_id and r.period = a.period",
          by,
          now,
          batchId);
      audit.recordAll(
          "select case when created then 'INDICATOR_VALUE_ENTERED' else"
              + " 'INDICATOR_VALUE_CORRECTED' end as event, 'Indicator' as entity_type,"
              + " indicator_id::text as entity_id, case when created then null else "
              + state("old", "null", "null")
              + " end as before_state, ("
              + state("new", "?", "?")
              + "::jsonb || jsonb_build_object('note', note))::text as after_state, batch_id"
              + " from bulk_batch_value where batch_id = ?",
          by,
          now,
          batchId);
      refreshVerdicts(connection, batchId);
    }

    @Override
    public void abandon() {
      try {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      } catch (SQLException e) {
        // The transaction is rolled back in any case.
      }
    }

    long plan() {
      return plan;
    }
  }

  private interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(
      Connection connection, String sql, List<Object> params, RowConsumer consumer) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          consumer.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Bulk query failed", e);
    }
  }

  private static int update(Connection connection, String sql, Object... params) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Bulk update failed", e);
    }
  }

  private static void execute(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Bulk statement failed", e);
    }
  }
}
