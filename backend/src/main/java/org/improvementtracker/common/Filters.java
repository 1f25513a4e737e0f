package org.improvementtracker.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of a list, as a JPQL condition with its parameters, and the page of results they
 * select: one count and one paged query, both in the database.
 */
public final class Filters {
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  /** Adds a condition with no parameter of its own (or whose parameters are bound separately). */
  public Filters and(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Adds a condition on one parameter, unless the value is null (the filter was not asked for). */
  public Filters and(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      params.put(name, value);
    }
    return this;
  }

  public Filters bind(String name, Object value) {
    params.put(name, value);
    return this;
  }

  public Map<String, Object> params() {
    return params;
  }

  /** " where a and b", or nothing when no filter applies. */
  public String where() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /**
   * One page of {@code select}'s results with the total that match: {@code from} is the entity and
   * alias (e.g. "Indicator i"), {@code select} the query before its where clause.
   */
  public <T> Page<T> page(
      EntityManager em,
      String from,
      String select,
      String orderBy,
      Class<T> type,
      PageRequest page) {
    TypedQuery<Long> count =
        em.createQuery("select count(" + alias(from) + ") from " + from + where(), Long.class);
    TypedQuery<T> rows =
        em.createQuery(select + where() + " order by " + orderBy, type)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    return Page.of(rows.getResultList(), page, count.getSingleResult());
  }

  private static String alias(String from) {
    return from.substring(from.lastIndexOf(' ') + 1);
  }
}
