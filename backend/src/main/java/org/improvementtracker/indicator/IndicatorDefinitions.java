package org.improvementtracker.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.Filters;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.MergePatcher;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.Priority;

/** Indicator definitions: what is measured, in which unit, against which target. */
@ApplicationScoped
public class IndicatorDefinitions {

  @Inject IndicatorRepository indicators;
  @Inject IndicatorValueRepository values;
  @Inject EntityManager em;
  @Inject AuditLog audit;
  @Inject MergePatcher mergePatcher;
  @Inject Clock clock;
  @Inject MeasuringActions measuringActions;

  /** Filters run in the database, the computed verdicts included (they are stored). */
  public Page<IndicatorRecords.IndicatorResponse> search(
      Long planId,
      String area,
      Long priorityId,
      TargetStatus status,
      Direction direction,
      PageRequest page) {
    Page<Indicator> found =
        new Filters()
            .and("i.plan.id = :plan", "plan", planId)
            .and(
                "lower(i.area) = :area",
                "area",
                area == null ? null : area.toLowerCase(Locale.ROOT))
            .and("i.priority.id = :priority", "priority", priorityId)
            .and("i.targetStatus = :status", "status", status)
            .and("i.trend = :direction", "direction", direction)
            .page(
                em,
                "Indicator i",
                "from Indicator i left join fetch i.priority",
                "i.number, i.id",
                Indicator.class,
                page);
    return found.withItems(toResponses(found.items()));
  }

  public IndicatorRecords.IndicatorResponse get(Long id) {
    return toResponses(List.of(find(id))).get(0);
  }

  @Transactional
  public IndicatorRecords.IndicatorResponse create(IndicatorRecords.IndicatorRequest request) {
    Plan plan = em.find(Plan.class, request.planId());
    if (plan == null) {
      throw new InvalidInputException("planId", "no plan has id " + request.planId());
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
    return revise(indicator, mergePatcher.patch(IndicatorMapper.request(indicator), patch));
  }

  private IndicatorRecords.IndicatorResponse revise(
      Indicator indicator, IndicatorRecords.IndicatorRequest request) {
    Long id = indicator.getId();
    if (!indicator.getPlan().getId().equals(request.planId())) {
      throw new InvalidInputException("planId", "an indicator cannot move to another plan");
    }
    requireFreeNumber(request.planId(), request.number(), id);
    IndicatorRecords.IndicatorResponse before = get(id);
    indicator.revise(
        details(request),
        priority(indicator.getPlan(), request.priorityId()),
        values.recentFigures(id),
        now());
    indicators.flush();
    IndicatorRecords.IndicatorResponse after = get(id);
    audit.record("INDICATOR_UPDATED", "Indicator", id, before, after);
    return after;
  }

  /** Clears the data-status note; the people who enter the figures may do it. */
  @Transactional
  public IndicatorRecords.IndicatorResponse clearDataStatus(Long id, String ifMatch) {
    Indicator indicator = find(id);
    ETags.requireMatch(ifMatch, indicator.getVersion());
    if (indicator.getDataStatus() == null) {
      return get(id);
    }
    IndicatorRecords.IndicatorResponse before = get(id);
    indicator.clearDataStatus(now());
    indicators.flush();
    IndicatorRecords.IndicatorResponse after = get(id);
    audit.record("INDICATOR_UPDATED", "Indicator", id, before, after);
    return after;
  }

  /** Fills the stored verdicts of indicators saved before they were stored. */
  @Transactional
  void fillMissingVerdicts(@Observes StartupEvent start) {
    List<Indicator> missing = indicators.list("targetStatus is null");
    Map<Long, List<BigDecimal>> recent =
        values.recentFiguresOf(missing.stream().map(Indicator::getId).toList());
    missing.forEach(i -> i.refreshVerdicts(recent.getOrDefault(i.getId(), List.of())));
  }

  Indicator find(Long id) {
    return indicators
        .findByIdOptional(id)
        .orElseThrow(() -> new NotFoundException("Indicator", id));
  }

  List<IndicatorRecords.IndicatorResponse> toResponses(List<Indicator> list) {
    List<Long> ids = list.stream().map(Indicator::getId).toList();
    Map<Long, List<IndicatorRecords.LinkedAction>> actions = measuringActions.forIndicators(ids);
    Map<Long, IndicatorValue> latest = values.latestOf(ids);
    return list.stream()
        .map(
            i ->
                IndicatorMapper.toResponse(
                    i, latest.get(i.getId()), actions.getOrDefault(i.getId(), List.of())))
        .toList();
  }

  private void requireFreeNumber(Long planId, int number, Long self) {
    boolean taken =
        indicators.count(
                "plan.id = ?1 and number = ?2 and id <> ?3",
                planId,
                number,
                self == null ? -1L : self)
            > 0;
    if (taken) {
      throw new InvalidInputException(
          "number", "indicator " + number + " already exists in this plan");
    }
  }

  private Priority priority(Plan plan, Long priorityId) {
    if (priorityId == null) {
      return null;
    }
    Priority priority = em.find(Priority.class, priorityId);
    if (priority == null || !priority.getPlan().getId().equals(plan.getId())) {
      throw new InvalidInputException(
          "priorityId", "no priority of this plan has id " + priorityId);
    }
    return priority;
  }

  private static IndicatorDetails details(IndicatorRecords.IndicatorRequest request) {
    IndicatorRecords.TargetBody target = request.target();
    if (target.kind() == Target.Kind.NUMERIC && target.value() == null) {
      throw new InvalidInputException("target.value", "is required for a NUMERIC target");
    }
    if (target.kind() != Target.Kind.NUMERIC && target.value() != null) {
      throw new InvalidInputException(
          "target.value", "must be empty for a " + target.kind() + " target");
    }
    if (target.value() != null) {
      request
          .unit()
          .refusal(target.value())
          .ifPresent(
              message -> {
                throw new InvalidInputException("target.value", message);
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
