package org.improvementtracker.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;

/**
 * Records (snapshots, audits) in bulk: each row is checked as the single-record endpoint checks its
 * body, then creates its record or corrects the one it identifies; what each created or corrected
 * record was and became is kept with the batch, so that a revert can put it back, and the
 * indicators derived from the records are recomputed once for the whole batch, not per row. Each
 * kind says how a row becomes a request body and how its record is found, compared and changed.
 *
 * @param <S> the record (an entity)
 * @param <Q> its request body, as the single-record endpoint takes it
 * @param <D> its checked details
 */
abstract class RecordLoader<S, Q, D> {

  @Inject EntityManager em;
  @Inject AuditLog audit;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  private final Class<S> type;
  private final Class<Q> requestType;
  private final String entity;
  private final String events;

  RecordLoader(Class<S> type, Class<Q> requestType, String events) {
    this.type = type;
    this.requestType = requestType;
    this.entity = type.getSimpleName();
    this.events = events;
  }

  /** The request's details, checked as the single-record endpoint checks its body. */
  abstract D check(Q request);

  /** Whether the record already holds these details: such a row changes nothing. */
  abstract boolean same(S record, D details);

  abstract void revise(S record, D details, OffsetDateTime now);

  abstract Q requestOf(S record);

  abstract Object responseOf(S record);

  /** How a revert refusal names the record. */
  abstract String describe(S record);

  /** Recomputes the indicators derived from these records: once per batch or revert. */
  abstract void refreshDerived();

  /**
   * What a revert would undo besides the record's own fields, or null: a record the batch created
   * goes with everything recorded on it since.
   */
  String addedSince(S record) {
    return null;
  }

  private Object idOf(S record) {
    return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
  }

  /**
   * Deletes the records the batch created and puts back those it corrected, then recomputes the
   * derived indicators once; refuses (409) naming the records that differ from what the batch left
   * (a later batch that is itself reverted leaves them as they were) or were deleted.
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
      S record = em.find(type, ((Number) row[0]).longValue());
      if (record == null) {
        touched.add(entity + " " + row[0] + " (deleted since)");
      } else if (!same(record, check(fromJson((String) row[2])))) {
        touched.add(describe(record) + " (changed since)");
      } else if ((Boolean) row[1] && addedSince(record) != null) {
        touched.add(describe(record) + " (" + addedSince(record) + ")");
      }
    }
    if (!touched.isEmpty()) {
      throw BulkProblems.revertRefused(batchId, "records", touched);
    }
    for (Object[] row : rows) {
      S record = em.find(type, ((Number) row[0]).longValue());
      Object before = responseOf(record);
      if ((Boolean) row[1]) {
        em.remove(record);
        audit.recordInBatch(events + "_DELETED", entity, row[0], before, null, batchId);
      } else {
        revise(record, check(fromJson((String) row[3])), now);
        em.flush();
        audit.recordInBatch(
            events + "_UPDATED", entity, row[0], before, responseOf(record), batchId);
      }
    }
    em.flush();
    refreshDerived();
  }

  private String toJson(Q request) {
    try {
      return json.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not keep the record's earlier state", e);
    }
  }

  private Q fromJson(String stored) {
    try {
      return json.readValue(stored, requestType);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read the record's earlier state", e);
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

    /** A list in one cell, its items separated by semicolons. */
    List<String> list(String column) {
      String text = cells.get(column);
      if (text == null) {
        return List.of();
      }
      return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
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

    LocalDate date(String column) {
      String text = cells.get(column);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.error(line, column, text, "must be a date YYYY-MM-DD, e.g. 2023-04-28");
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

  /** One row that passed: the record it created or corrected, and what a correction replaced. */
  private record Applied<S, Q>(S record, Q beforeRequest, Object before) {}

  /**
   * The upload of one request: each kind reads a row into its request and finds its record; this
   * checks it, refuses a second row for the same record, and applies it as it is read.
   */
  abstract class RecordUpload implements Upload {
    final RowProblems problems;
    private final Map<String, Integer> lineOfKey = new HashMap<>();
    private final List<Applied<S, Q>> applied = new ArrayList<>();
    private int unchanged;

    RecordUpload(RowProblems problems) {
      this.problems = problems;
    }

    @Override
    public void malformed(int line, String column, String value, String reason) {
      problems.error(line, column, value, reason);
    }

    /**
     * The row's request checked as a single record is, or null when refused: each error names the
     * column of the body's field ({@code columnOf}) and its cell.
     */
    D checked(int line, Map<String, String> cells, Q request, UnaryOperator<String> columnOf) {
      try {
        return check(request);
      } catch (InvalidInputException e) {
        for (FieldError error : e.errors()) {
          String column = columnOf.apply(error.field());
          problems.error(line, column, cells.get(column), error.message());
        }
        return null;
      }
    }

    /**
     * Whether this is the first row for its record; a second one is refused on {@code column},
     * saying what the two rows have in common ({@code same}, e.g. "the same team and month").
     */
    boolean first(int line, String key, Map<String, String> cells, String column, String same) {
      Integer earlier = lineOfKey.putIfAbsent(key, line);
      if (earlier != null) {
        problems.error(
            line,
            column,
            cells.get(column),
            "is also on line " + earlier + " for " + same + ": give each one row");
        return false;
      }
      return true;
    }

    /** Creates the row's record when {@code found} is null, or corrects it when it differs. */
    void stage(S found, Supplier<S> created, D details, OffsetDateTime now) {
      if (found == null) {
        S record = created.get();
        em.persist(record);
        applied.add(new Applied<>(record, null, null));
      } else if (same(found, details)) {
        unchanged++;
      } else {
        Q beforeRequest = requestOf(found);
        Object before = responseOf(found);
        revise(found, details, now);
        applied.add(new Applied<>(found, beforeRequest, before));
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
        S record = a.record();
        em.createNativeQuery(
                "insert into bulk_batch_record (batch_id, entity_type, record_id, created, after,"
                    + " before) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb))")
            .setParameter(1, batchId)
            .setParameter(2, entity)
            .setParameter(3, idOf(record))
            .setParameter(4, a.before() == null)
            .setParameter(5, toJson(requestOf(record)))
            .setParameter(6, a.beforeRequest() == null ? null : toJson(a.beforeRequest()))
            .executeUpdate();
        audit.recordInBatch(
            events + (a.before() == null ? "_CREATED" : "_UPDATED"),
            entity,
            idOf(record),
            a.before(),
            responseOf(record),
            batchId);
      }
      if (!applied.isEmpty()) {
        em.flush();
        refreshDerived();
      }
    }

    @Override
    public void abandon() {
      // Nothing is staged outside the transaction, which the failure rolls back.
    }
  }
}
