package org.improvementtracker.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Period;
import org.improvementtracker.workforce.MonthEndSnapshot;
import org.improvementtracker.workforce.Team;
import org.improvementtracker.workforce.WorkforceService;

/**
 * Month-end workforce snapshots in bulk: each row names a team by its code and a month, is checked
 * as a single snapshot is by {@link WorkforceService}, and then creates the snapshot or corrects
 * the one entered; the derived workforce indicators are recomputed once for the whole batch, not
 * per row. The upload is one transaction, rolled back on any refused row or dry run. Each kind of
 * snapshot says how its row becomes a request body and how its entity is found and changed.
 *
 * @param <S> the snapshot
 * @param <Q> its request body, as the single-record endpoints take it
 * @param <D> its checked details
 */
abstract class MonthEndLoader<S extends MonthEndSnapshot, Q, D> {

  @Inject EntityManager em;
  @Inject WorkforceService workforce;
  @Inject AuditLog audit;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  private final Class<S> type;
  private final Class<Q> requestType;
  private final String entity;
  private final String events;

  MonthEndLoader(Class<S> type, Class<Q> requestType, String events) {
    this.type = type;
    this.requestType = requestType;
    this.entity = type.getSimpleName();
    this.events = events;
  }

  /** The row's other cells as a request body for this team and month; bad cells are row errors. */
  abstract Q request(Long teamId, Period month, Cells cells);

  /** What tells two rows of one team and month apart ("" when a team has one per month). */
  abstract String key(Q request);

  /** The column the key is read from, for the error of a repeated row. */
  abstract String keyColumn();

  abstract D check(Q request);

  abstract S find(Team team, Period month, Q request);

  abstract S create(Team team, D details, OffsetDateTime now);

  abstract boolean same(S snapshot, D details);

  abstract void revise(S snapshot, D details, OffsetDateTime now);

  abstract Q requestOf(S snapshot);

  abstract Object responseOf(S snapshot);

  /** How a revert refusal names the snapshot. */
  abstract String describe(S snapshot);

  Upload open(RowProblems problems) {
    Map<String, Team> teams = new HashMap<>();
    em.createQuery("from Team", Team.class)
        .getResultStream()
        .forEach(t -> teams.put(t.getCode(), t));
    return new SnapshotUpload(teams, problems);
  }

  /**
   * Deletes the snapshots the batch created and puts back those it corrected, then recomputes the
   * derived indicators once; refuses (409) naming the snapshots that differ from what the batch
   * left (a later batch that is itself reverted leaves them as they were) or were deleted.
   */
  void revert(long batchId, OffsetDateTime now) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select record_id, created, after::text, before::text from bulk_batch_record"
                    + " where batch_id = ?1 and entity_type = ?2 order by record_id",
                Object[].class)
            .setParameter(1, batchId)
            .setParameter(2, entity)
            .getResultList();
    List<String> touched = new ArrayList<>();
    for (Object[] row : rows) {
      S snapshot = em.find(type, ((Number) row[0]).longValue());
      if (snapshot == null) {
        touched.add(entity + " " + row[0] + " (deleted since)");
      } else if (!same(snapshot, check(fromJson((String) row[2])))) {
        touched.add(describe(snapshot) + " (changed since)");
      }
    }
    if (!touched.isEmpty()) {
      throw BulkProblems.revertRefused(batchId, "records", touched);
    }
    for (Object[] row : rows) {
      S snapshot = em.find(type, ((Number) row[0]).longValue());
      Object before = responseOf(snapshot);
      if ((Boolean) row[1]) {
        em.remove(snapshot);
        audit.recordInBatch(events + "_DELETED", entity, row[0], before, null, batchId);
      } else {
        revise(snapshot, check(fromJson((String) row[3])), now);
        em.flush();
        audit.recordInBatch(
            events + "_UPDATED", entity, row[0], before, responseOf(snapshot), batchId);
      }
    }
    workforce.refreshDerived();
  }

  private String toJson(Q request) {
    try {
      return json.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not keep the snapshot's earlier state", e);
    }
  }

  private Q fromJson(String stored) {
    try {
      return json.readValue(stored, requestType);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read the snapshot's earlier state", e);
    }
  }

  /** A row's cells, read into typed values; a cell that cannot be read is the row's error. */
  static final class Cells {
    private final int line;
    private final Map<String, String> cells;
    private final RowProblems problems;

    Cells(int line, Map<String, String> cells, RowProblems problems) {
      this.line = line;
      this.cells = cells;
      this.problems = problems;
    }

    String text(String column) {
      return cells.get(column);
    }

    <E extends Enum<E>> E choice(String column, Class<E> type) {
      String text = cells.get(column);
      if (text == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
      } catch (IllegalArgumentException e) {
        problems.error(
            line,
            column,
            text,
            "must be one of " + Arrays.toString(type.getEnumConstants()).replace(" ", ""));
        return null;
      }
    }

    BigDecimal number(String column) {
      String text = cells.get(column);
      if (text == null) {
        return null;
      }
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        problems.error(line, column, text, "must be a number");
        return null;
      }
    }

    Integer whole(String column) {
      BigDecimal number = number(column);
      if (number == null) {
        return null;
      }
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        problems.error(line, column, cells.get(column), "must be a whole number");
        return null;
      }
    }
  }

  /** One row that passed: the snapshot it created or corrected, and what a correction replaced. */
  private record Applied<S, Q>(S snapshot, Q beforeRequest, Object before) {}

  /** The upload of one request: checks each row and applies it to its snapshot as it is read. */
  private final class SnapshotUpload implements Upload {
    private final Map<String, Team> teams;
    private final RowProblems problems;
    private final Map<String, Integer> lineOfKey = new HashMap<>();
    private final List<Applied<S, Q>> applied = new ArrayList<>();
    private int unchanged;

    SnapshotUpload(Map<String, Team> teams, RowProblems problems) {
      this.teams = teams;
      this.problems = problems;
    }

    @Override
    public void malformed(int line, String column, String value, String reason) {
      problems.error(line, column, value, reason);
    }

    @Override
    public void row(int line, Map<String, String> cells) {
      Team team = team(line, cells.get("team"));
      Period month = month(line, cells.get("month"));
      Q request =
          request(team == null ? null : team.getId(), month, new Cells(line, cells, problems));
      if (problems.rejects(line)) {
        return;
      }
      D details;
      try {
        details = check(request);
      } catch (InvalidInputException e) {
        for (FieldError error : e.errors()) {
          String column = "teamId".equals(error.field()) ? "team" : error.field();
          problems.error(line, column, cells.get(column), error.message());
        }
        return;
      }
      Integer earlier =
          lineOfKey.putIfAbsent(team.getCode() + "|" + month + "|" + key(request), line);
      if (earlier != null) {
        problems.error(
            line,
            keyColumn(),
            cells.get(keyColumn()),
            "is also on line " + earlier + " for the same team and month: give each one row");
        return;
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      S snapshot = find(team, month, request);
      if (snapshot == null) {
        snapshot = create(team, details, now);
        em.persist(snapshot);
        applied.add(new Applied<>(snapshot, null, null));
      } else if (same(snapshot, details)) {
        unchanged++;
      } else {
        Q beforeRequest = requestOf(snapshot);
        Object before = responseOf(snapshot);
        revise(snapshot, details, now);
        applied.add(new Applied<>(snapshot, beforeRequest, before));
      }
    }

    @Override
    public Counts finish() {
      int created = (int) applied.stream().filter(a -> a.before() == null).count();
      return new Counts(created, applied.size() - created, unchanged);
    }

    @Override
    public void apply(long batchId, String by, OffsetDateTime now) {
      em.flush();
      for (Applied<S, Q> a : applied) {
        S snapshot = a.snapshot();
        em.createNativeQuery(
                "insert into bulk_batch_record (batch_id, entity_type, record_id, created, after,"
                    + " before) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb))")
            .setParameter(1, batchId)
            .setParameter(2, entity)
            .setParameter(3, snapshot.getId())
            .setParameter(4, a.before() == null)
            .setParameter(5, toJson(requestOf(snapshot)))
            .setParameter(6, a.beforeRequest() == null ? null : toJson(a.beforeRequest()))
            .executeUpdate();
        audit.recordInBatch(
            events + (a.before() == null ? "_CREATED" : "_UPDATED"),
            entity,
            snapshot.getId(),
            a.before(),
            responseOf(snapshot),
            batchId);
      }
      if (!applied.isEmpty()) {
        workforce.refreshDerived();
      }
    }

    @Override
    public void abandon() {
      // Nothing is staged outside the transaction, which the failure rolls back.
    }

    private Team team(int line, String code) {
      if (code == null) {
        problems.error(line, "team", null, "is required: the team's code, e.g. IRT");
        return null;
      }
      Team team = teams.get(code);
      if (team == null) {
        problems.error(line, "team", code, "no team has this code");
      }
      return team;
    }

    private Period month(int line, String text) {
      if (text == null) {
        return null;
      }
      try {
        return Period.of(text);
      } catch (IllegalArgumentException e) {
        problems.error(line, "month", text, e.getMessage());
        return null;
      }
    }
  }
}
