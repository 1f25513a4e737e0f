package org.improvementtracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;

/** Comparator series of an indicator (England, statistical neighbours…), replaced as a whole. */
@ApplicationScoped
public class BenchmarkService {

  @Inject IndicatorDefinitions definitions;
  @Inject EntityManager em;
  @Inject AuditLog audit;

  public List<IndicatorRecords.BenchmarkBody> benchmarks(Long id) {
    definitions.find(id);
    return em.createQuery(
            "from Benchmark b where b.indicator.id = :id order by b.comparator, b.period",
            Benchmark.class)
        .setParameter("id", id)
        .getResultStream()
        .map(IndicatorMapper::benchmark)
        .toList();
  }

  @Transactional
  public List<IndicatorRecords.BenchmarkBody> replace(
      Long id, List<IndicatorRecords.BenchmarkBody> series) {
    Indicator indicator = definitions.find(id);
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < series.size(); i++) {
      IndicatorRecords.BenchmarkBody point = series.get(i);
      String key = point.comparator().trim().toLowerCase(Locale.ROOT) + "|" + point.period();
      if (!seen.add(key)) {
        errors.add(
            new FieldError(
                "[" + i + "]", "repeats " + point.comparator() + " for " + point.period()));
      }
      String field = "[" + i + "].value";
      indicator
          .getUnit()
          .refusal(point.value())
          .map(message -> new FieldError(field, message))
          .ifPresent(errors::add);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<IndicatorRecords.BenchmarkBody> before = benchmarks(id);
    em.createQuery("delete from Benchmark b where b.indicator.id = :id")
        .setParameter("id", id)
        .executeUpdate();
    for (IndicatorRecords.BenchmarkBody point : series) {
      em.persist(
          new Benchmark(indicator, point.comparator().trim(), point.period(), point.value()));
    }
    em.flush();
    List<IndicatorRecords.BenchmarkBody> after = benchmarks(id);
    audit.record("BENCHMARKS_REPLACED", "Indicator", id, before, after);
    return after;
  }
}
