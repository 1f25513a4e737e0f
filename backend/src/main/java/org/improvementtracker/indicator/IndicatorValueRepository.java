package org.improvementtracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.improvementtracker.common.Period;

/**
 * Indicators' monthly figures, read a bounded number at a time: an indicator keeps years of
 * figures, and no read or write should cost more as they pile up. Every query here walks the
 * (indicator, period) index from one end and stops.
 */
@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepository<IndicatorValue> {

  public Optional<IndicatorValue> find(Long indicatorId, Period period) {
    return find("indicator.id = ?1 and period = ?2", indicatorId, period).firstResultOptional();
  }

  /** One indicator's figures in period order, within the bounds given (null: open). */
  public List<IndicatorValue> between(Long indicatorId, Period from, Period to) {
    var query =
        getEntityManager()
            .createQuery(
                "from IndicatorValue v where v.indicator.id = :id"
                    + (from == null ? "" : " and v.period >= :from")
                    + (to == null ? "" : " and v.period <= :to")
                    + " order by v.period",
                IndicatorValue.class)
            .setParameter("id", indicatorId);
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.getResultList();
  }

  /** Every correction of a figure, oldest first. */
  public List<ValueRevision> revisions(IndicatorValue value) {
    return getEntityManager()
        .createQuery(
            "from ValueRevision r where r.indicatorValue = :value order by r.changedAt, r.id",
            ValueRevision.class)
        .setParameter("value", value)
        .getResultList();
  }

  /** Removes a figure and the corrections it kept. */
  public void deleteWithRevisions(IndicatorValue value) {
    getEntityManager()
        .createQuery("delete from ValueRevision r where r.indicatorValue = :value")
        .setParameter("value", value)
        .executeUpdate();
    delete(value);
  }

  /** The figures the verdicts need: the latest ones, in period order. */
  public List<BigDecimal> recentFigures(Long indicatorId) {
    return latestFigures(indicatorId, null, Indicator.FIGURES_FOR_VERDICTS);
  }

  /** The indicator's latest figures other than the month given, oldest first. */
  public List<BigDecimal> recentFiguresOtherThan(Long indicatorId, Period period, int count) {
    return latestFigures(indicatorId, period, count);
  }

  private List<BigDecimal> latestFigures(Long indicatorId, Period except, int count) {
    var query =
        getEntityManager()
            .createQuery(
                "select v.value from IndicatorValue v where v.indicator.id = :id"
                    + (except == null ? "" : " and v.period <> :except")
                    + " order by v.period desc",
                BigDecimal.class)
            .setParameter("id", indicatorId)
            .setMaxResults(count);
    if (except != null) {
      query.setParameter("except", except);
    }
    List<BigDecimal> figures = new ArrayList<>(query.getResultList());
    Collections.reverse(figures);
    return figures;
  }

  /** Each indicator's latest figure, by indicator id (absent when it has none). */
  public Map<Long, IndicatorValue> latestOf(Collection<Long> indicatorIds) {
    Map<Long, IndicatorValue> latest = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return latest;
    }
    getEntityManager()
        .createQuery(
            "from IndicatorValue v where v.indicator.id in :ids and v.period ="
                + " (select max(w.period) from IndicatorValue w where w.indicator = v.indicator)",
            IndicatorValue.class)
        .setParameter("ids", indicatorIds)
        .getResultStream()
        .forEach(v -> latest.put(v.getIndicator().getId(), v));
    return latest;
  }

  /**
   * The months a plan's figures span (all plans: null), in one query. {@code reached} is the month
   * the scorecard opens on: the latest month that most of the reporting indicators have reached, so
   * that one indicator reported ahead of the rest (a stray figure, or figures computed from records
   * kept more often) does not leave the others' columns empty. {@code first} is the earliest month
   * with any figure: how far back the scorecard can go. Either is null without figures.
   */
  public record Span(Period first, Period reached) {}

  public Span span(Long planId) {
    // Each indicator's first and latest figures are one step into its index; min() and max() over
    // every figure would read them all. The median of the latest months is the month most reached.
    String plan = planId == null ? "" : " where i.plan_id = :plan";
    var query =
        getEntityManager()
            .createNativeQuery(
                "select (select min(f.period) from indicator i cross join lateral (select v.period"
                    + " from indicator_value v where v.indicator_id = i.id order by v.period"
                    + " limit 1) f"
                    + plan
                    + ") as first, (select period from (select l.period, row_number() over"
                    + " (order by l.period desc) as place, count(*) over () as reporting from"
                    + " indicator i cross join lateral (select v.period from indicator_value v"
                    + " where v.indicator_id = i.id order by v.period desc limit 1) l"
                    + plan
                    + ") latest where place = reporting / 2 + 1) as reached");
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    Object[] row = (Object[]) query.getSingleResult();
    return new Span(period(row[0]), period(row[1]));
  }

  private static Period period(Object column) {
    return column == null ? null : Period.of(column.toString());
  }

  /**
   * For each of a plan's indicators (all plans: null), its last {@code count} figures up to and
   * including {@code upTo}, in period order: the months a window shows and those the verdicts need,
   * read from the end of each indicator's index whatever the length of its history.
   */
  public Map<Long, List<IndicatorValue>> latestUpTo(Long planId, Period upTo, int count) {
    var query =
        getEntityManager()
            .createNativeQuery(
                "select v.* from indicator i cross join lateral (select * from indicator_value v"
                    + " where v.indicator_id = i.id and v.period <= :upTo order by v.period desc"
                    + " limit :count) v"
                    + (planId == null ? "" : " where i.plan_id = :plan")
                    + " order by v.indicator_id, v.period",
                IndicatorValue.class)
            .setParameter("upTo", upTo.toString())
            .setParameter("count", count);
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    Map<Long, List<IndicatorValue>> byIndicator = new LinkedHashMap<>();
    for (Object row : query.getResultList()) {
      IndicatorValue value = (IndicatorValue) row;
      byIndicator.computeIfAbsent(value.getIndicator().getId(), id -> new ArrayList<>()).add(value);
    }
    return byIndicator;
  }

  /**
   * The latest figures that the verdicts need of each indicator given, oldest first, in one query:
   * refreshing the verdicts of a batch that touched hundreds of indicators is not one query each.
   */
  public Map<Long, List<BigDecimal>> recentFiguresOf(Collection<Long> indicatorIds) {
    Map<Long, List<BigDecimal>> byIndicator = new HashMap<>();
    if (indicatorIds.isEmpty()) {
      return byIndicator;
    }
    List<?> rows =
        getEntityManager()
            .createNativeQuery(
                "select i.id, v.value from unnest(cast(?1 as bigint[])) i(id) cross join lateral"
                    + " (select value, period from indicator_value v where v.indicator_id = i.id"
                    + " order by v.period desc limit ?2) v order by i.id, v.period")
            .setParameter(1, indicatorIds.toArray(Long[]::new))
            .setParameter(2, Indicator.FIGURES_FOR_VERDICTS)
            .getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      byIndicator
          .computeIfAbsent(((Number) cells[0]).longValue(), id -> new ArrayList<>())
          .add((BigDecimal) cells[1]);
    }
    return byIndicator;
  }
}
