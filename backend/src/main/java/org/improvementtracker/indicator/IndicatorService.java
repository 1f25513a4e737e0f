package org.improvementtracker.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.improvementtracker.action.Action;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.MergePatcher;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Problem;
import org.improvementtracker.common.ProblemException;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.security.CurrentUser;

/** Indicators, their monthly figures (with revisions) and benchmarks. */
@ApplicationScoped
public class IndicatorService {
  /** Slack when checking a value against numerator/denominator: figures are printed to 0.1. */
  static final BigDecimal RATIO_SLACK = new BigDecimal("0.05");

  @Inject IndicatorRepository indicators;
  @Inject EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject MergePatcher mergePatcher;
  @Inject Clock clock;

  /** Filters on derived status work on the computed values, so they run after loading. */
  public Page<IndicatorRecords.IndicatorResponse> search(
      Long planId,
      String area,
      Long priorityId,
      TargetStatus status,
      Direction direction,
      PageRequest page) {
    List<Indicator> matching =
        indicators.listWithValues(planId).stream()
            .filter(i -> area == null || i.getArea().equalsIgnoreCase(area))
            .filter(
                i ->
                    priorityId == null
                        || (i.getPriority() != null && i.getPriority().getId().equals(priorityId)))
            .filter(i -> status == null || i.assessment(null).status() == status)
            .filter(i -> direction == null || i.direction(null) == direction)
            .toList();
    List<Indicator> shown = matching.stream().skip(page.offset()).limit(page.size()).toList();
    return Page.of(toResponses(shown), page, matching.size());
  }

  public IndicatorRecords.IndicatorResponse get(Long id) {
    return toResponses(List.of(find(id))).get(0);
  }

  @Transactional
  public IndicatorRecords.IndicatorResponse create(IndicatorRecords.IndicatorRequest request) {
    Plan plan = em.find(Plan.class, request.planId());
    if (plan == null) {
      throw ProblemException.invalid("planId", "no plan has id " + request.planId());
    }
    requireFreeNumber(plan.getId(), request.number(), null);
    Indicator indicator =
        new Indicator(plan, details(request), priority(plan, request.priorityId()), now());
    indicators.persistAndFlush(indicator);
    IndicatorRecords.IndicatorResponse created = get(indicator.getId());
    audit.record("INDICATOR_CREATED", "Indicator", indicator.getId(), null, created);
    return created;
  }

  @Transactional
  public IndicatorRecords.IndicatorResponse replace(
      Long id, String ifMatch, IndicatorRecords.IndicatorRequest request) {
    Indicator indicator = find(id);
    ETags.requireMatch(ifMatch, indicator.getVersion());
    return revise(indicator, request);
  }

  /** JSON Merge Patch (RFC 7386) over the same fields PUT takes, validated the same way. */
  @Transactional
  public IndicatorRecords.IndicatorResponse patch(Long id, String ifMatch, JsonNode patch)
      throws JsonProcessingException {
    Indicator indicator = find(id);
    ETags.requireMatch(ifMatch, indicator.getVersion());
    return revise(indicator, mergePatcher.patch(requestOf(indicator), patch));
  }

  private IndicatorRecords.IndicatorResponse revise(
      Indicator indicator, IndicatorRecords.IndicatorRequest request) {
    Long id = indicator.getId();
    if (!indicator.getPlan().getId().equals(request.planId())) {
      throw ProblemException.invalid("planId", "an indicator cannot move to another plan");
    }
    requireFreeNumber(request.planId(), request.number(), id);
    IndicatorRecords.IndicatorResponse before = get(id);
    indicator.revise(details(request), priority(indicator.getPlan(), request.priorityId()), now());
    indicators.flush();
    IndicatorRecords.IndicatorResponse after = get(id);
    audit.record("INDICATOR_UPDATED", "Indicator", id, before, after);
    return after;
  }

  public List<IndicatorRecords.ValueResponse> values(Long id, Period from, Period to) {
    if (from != null && to != null && to.compareTo(from) < 0) {
      throw ProblemException.invalid("to", "must not be before from");
    }
    return find(id).getValues().stream()
        .filter(v -> from == null || v.getPeriod().compareTo(from) >= 0)
        .filter(v -> to == null || v.getPeriod().compareTo(to) <= 0)
        .map(IndicatorRecords.ValueResponse::of)
        .toList();
  }

  /** The outcome of PUT …/values/{period}: the figure and whether it was new. */
  public record Recorded(IndicatorRecords.ValueResponse value, boolean created) {}

  @Transactional
  public Recorded recordValue(Long id, String periodText, IndicatorRecords.ValueRequest request) {
    Indicator indicator = find(id);
    Period period = period("period", periodText);
    BigDecimal value = checkedValue(indicator.getUnit(), request);
    IndicatorValue existing = indicator.valueFor(period).orElse(null);
    IndicatorRecords.ValueResponse before =
        existing == null ? null : IndicatorRecords.ValueResponse.of(existing);
    Indicator.Recorded recorded =
        indicator.record(
            period,
            value,
            request.numerator(),
            request.denominator(),
            request.status(),
            currentUser.signature(),
            now());
    indicators.flush();
    IndicatorRecords.ValueResponse after = IndicatorRecords.ValueResponse.of(recorded.value());
    if (recorded.changed()) {
      audit.record(
          recorded.created() ? "INDICATOR_VALUE_ENTERED" : "INDICATOR_VALUE_CORRECTED",
          "Indicator",
          id,
          before,
          after);
    }
    return new Recorded(after, recorded.created());
  }

  public List<IndicatorRecords.RevisionResponse> revisions(Long id, String periodText) {
    Period period = period("period", periodText);
    IndicatorValue value =
        find(id)
            .valueFor(period)
            .orElseThrow(
                () -> ProblemException.notFound("A figure of indicator " + id + " for", period));
    return value.getRevisions().stream().map(IndicatorRecords.RevisionResponse::of).toList();
  }

  public List<IndicatorRecords.BenchmarkBody> benchmarks(Long id) {
    find(id);
    return em.createQuery(
            "from Benchmark b where b.indicator.id = :id order by b.comparator, b.period",
            Benchmark.class)
        .setParameter("id", id)
        .getResultStream()
        .map(IndicatorRecords.BenchmarkBody::of)
        .toList();
  }

  /** Replaces all of an indicator's benchmark series at once. */
  @Transactional
  public List<IndicatorRecords.BenchmarkBody> replaceBenchmarks(
      Long id, List<IndicatorRecords.BenchmarkBody> series) {
    Indicator indicator = find(id);
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < series.size(); i++) {
      IndicatorRecords.BenchmarkBody point = series.get(i);
      String key = point.comparator().trim().toLowerCase(Locale.ROOT) + "|" + point.period();
      if (!seen.add(key)) {
        errors.add(
            new Problem.FieldError(
                "[" + i + "]", "repeats " + point.comparator() + " for " + point.period()));
      }
      String field = "[" + i + "].value";
      rangeError(indicator.getUnit(), point.value())
          .map(message -> new Problem.FieldError(field, message))
          .ifPresent(errors::add);
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
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

  Indicator find(Long id) {
    return indicators
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Indicator", id));
  }

  /**
   * Checks a figure: percentages 0–100, no negative rates or counts, whole counts, numerator and
   * denominator together and consistent with the value (which they supply when it is omitted).
   */
  private static BigDecimal checkedValue(Unit unit, IndicatorRecords.ValueRequest request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    BigDecimal numerator = request.numerator();
    BigDecimal denominator = request.denominator();
    BigDecimal value = request.value();
    if ((numerator == null) != (denominator == null)) {
      errors.add(
          new Problem.FieldError(
              numerator == null ? "numerator" : "denominator",
              "numerator and denominator go together"));
    } else if (numerator != null) {
      if (unit == Unit.COUNT) {
        errors.add(new Problem.FieldError("numerator", "a count has no numerator or denominator"));
      } else if (denominator.signum() <= 0) {
        errors.add(new Problem.FieldError("denominator", "must be greater than 0"));
      } else if (numerator.signum() < 0) {
        errors.add(new Problem.FieldError("numerator", "must not be negative"));
      } else {
        BigDecimal computed =
            numerator.multiply(unit.scale()).divide(denominator, 4, RoundingMode.HALF_UP);
        if (value == null) {
          value = computed;
        } else if (value.subtract(computed).abs().compareTo(RATIO_SLACK) > 0) {
          errors.add(
              new Problem.FieldError(
                  "value",
                  "does not match numerator/denominator, which give "
                      + computed.setScale(1, RoundingMode.HALF_UP).toPlainString()));
        }
      }
    }
    if (value == null && errors.isEmpty()) {
      errors.add(
          new Problem.FieldError("value", "is required (or give numerator and denominator)"));
    }
    if (value != null) {
      rangeError(unit, value).map(m -> new Problem.FieldError("value", m)).ifPresent(errors::add);
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return value;
  }

  static java.util.Optional<String> rangeError(Unit unit, BigDecimal value) {
    if (value.signum() < 0) {
      return java.util.Optional.of("must not be negative");
    }
    if (unit == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
      return java.util.Optional.of("is a percentage: must be between 0 and 100");
    }
    if (unit == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
      return java.util.Optional.of("is a count: must be a whole number");
    }
    if (value.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
      return java.util.Optional.of("is too large");
    }
    return java.util.Optional.empty();
  }

  /** A month in a path or query: well formed, and not in the future. */
  Period period(String field, String text) {
    Period period;
    try {
      period = Period.of(text);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(field, e.getMessage());
    }
    if (period.month().isAfter(YearMonth.now(clock))) {
      throw ProblemException.invalid(field, "must not be in the future");
    }
    return period;
  }

  private void requireFreeNumber(Long planId, int number, Long self) {
    List<Indicator> same =
        indicators.list("plan.id = ?1 and number = ?2", planId, number).stream()
            .filter(i -> !i.getId().equals(self))
            .toList();
    if (!same.isEmpty()) {
      throw ProblemException.invalid(
          "number", "indicator " + number + " already exists in this plan");
    }
  }

  private Priority priority(Plan plan, Long priorityId) {
    if (priorityId == null) {
      return null;
    }
    Priority priority = em.find(Priority.class, priorityId);
    if (priority == null || !priority.getPlan().getId().equals(plan.getId())) {
      throw ProblemException.invalid("priorityId", "no priority of this plan has id " + priorityId);
    }
    return priority;
  }

  private static IndicatorDetails details(IndicatorRecords.IndicatorRequest request) {
    IndicatorRecords.TargetBody target = request.target();
    if (target.kind() == Target.Kind.NUMERIC && target.value() == null) {
      throw ProblemException.invalid("target.value", "is required for a NUMERIC target");
    }
    if (target.kind() != Target.Kind.NUMERIC && target.value() != null) {
      throw ProblemException.invalid(
          "target.value", "must be empty for a " + target.kind() + " target");
    }
    if (target.value() != null) {
      rangeError(request.unit(), target.value())
          .ifPresent(
              message -> {
                throw ProblemException.invalid("target.value", message);
              });
    }
    return new IndicatorDetails(
        request.number(),
        request.name().trim(),
        request.area().trim(),
        blankToNull(request.areaNote()),
        request.unit(),
        request.basis(),
        request.polarity(),
        new Target(target.kind(), target.value(), blankToNull(target.comparator())),
        blankToNull(request.mtfp()),
        request.flags() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.flags())),
        blankToNull(request.dataStatus()));
  }

  private static IndicatorRecords.IndicatorRequest requestOf(Indicator i) {
    return new IndicatorRecords.IndicatorRequest(
        i.getPlan().getId(),
        i.getPriority() == null ? null : i.getPriority().getId(),
        i.getNumber(),
        i.getName(),
        i.getArea(),
        i.getAreaNote(),
        i.getUnit(),
        i.getBasis(),
        i.getPolarity(),
        IndicatorRecords.TargetBody.of(i.getTarget()),
        i.getMtfp(),
        i.getFlags(),
        i.getDataStatus());
  }

  List<IndicatorRecords.IndicatorResponse> toResponses(List<Indicator> list) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<IndicatorRecords.LinkedAction>> actions = new HashMap<>();
    for (Object[] row : indicators.linkedActions(list.stream().map(Indicator::getId).toList())) {
      Action action = (Action) row[1];
      actions
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(
              new IndicatorRecords.LinkedAction(
                  action.getId(),
                  action.getRef(),
                  action.getActionText(),
                  action.effectiveRag(today)));
    }
    return list.stream()
        .map(
            i -> {
              TargetRule.Assessment assessment = i.assessment(null);
              return new IndicatorRecords.IndicatorResponse(
                  i.getId(),
                  i.getPlan().getId(),
                  i.getPriority() == null ? null : i.getPriority().getId(),
                  i.getPriority() == null ? null : i.getPriority().getNumber(),
                  i.getNumber(),
                  i.getName(),
                  i.getArea(),
                  i.getAreaNote(),
                  i.getUnit(),
                  i.getBasis(),
                  i.getPolarity(),
                  IndicatorRecords.TargetBody.of(i.getTarget()),
                  i.getMtfp(),
                  i.getFlags(),
                  i.getDataStatus(),
                  i.latest(null)
                      .map(
                          v ->
                              new IndicatorRecords.LatestValue(
                                  v.getPeriod(), v.getValue(), v.getStatus()))
                      .orElse(null),
                  i.direction(null),
                  assessment.status(),
                  assessment.distance(),
                  actions.getOrDefault(i.getId(), List.of()),
                  i.getVersion(),
                  i.getUpdatedAt());
            })
        .sorted(Comparator.comparing(IndicatorRecords.IndicatorResponse::number))
        .toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
