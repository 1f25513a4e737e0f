package org.improvementtracker.action;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;
import org.improvementtracker.common.Filters;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;

@ApplicationScoped
public class ActionRepository implements PanacheRepository<Action> {

  /** Sort keys clients may use, mapped to the columns that order them. */
  static final Map<String, List<String>> SORTS =
      Map.of(
          "ref", List.of("a.priority.plan.id", "a.refMajor", "a.refMinor"),
          "priority", List.of("a.priority.number"),
          "dueDate", List.of("a.dueDate"),
          "rag", List.of("a.rag"),
          "createdAt", List.of("a.createdAt"),
          "updatedAt", List.of("a.updatedAt"));

  public Page<Action> search(
      ActionQuery query, List<SortKey> sort, PageRequest page, LocalDate today) {
    Filters filters =
        new Filters()
            .and(query.archived() ? "a.archivedAt is not null" : "a.archivedAt is null")
            .and("a.priority.plan.id = :plan", "plan", query.planId())
            .and("a.priority.id = :priority", "priority", query.priorityId());
    if (query.rag() == RagFilter.NONE) {
      filters.and("a.rag is null");
    } else if (query.rag() != null) {
      filters.and("a.rag = :rag", "rag", query.rag().rag());
    }
    boolean needsToday = false;
    if (query.effectiveRag() != null) {
      String condition = effectiveRagCondition(query.effectiveRag(), filters.params());
      filters.and(condition);
      // AMBER_E and GREEN never turn RED, so their condition has no date in it.
      needsToday = condition.contains(":today");
    }
    if (query.overdueOnly()) {
      filters.and(OVERDUE);
      needsToday = true;
    }
    if (needsToday) {
      OverdueRule.bind(filters.params(), today);
    }
    filters
        .and(
            "lower(array_to_string(a.leads, '|')) like :lead escape '\\'",
            "lead",
            query.lead() == null ? null : like(query.lead()))
        .and(
            "exists (select o.id from a.partners o where o.id = :partner)",
            "partner",
            query.partnerId())
        .and(
            "exists (select f.id from a.findings f where f.paragraph = :paragraph)",
            "paragraph",
            query.findingParagraph())
        .and(
            "(lower(a.ref) like :text escape '\\' or lower(a.desiredOutcome) like :text escape '\\'"
                + " or lower(a.actionText) like :text escape '\\'"
                + " or lower(a.impact) like :text escape '\\' or lower(a.measure) like :text escape '\\'"
                + " or lower(array_to_string(a.leads, '|')) like :text escape '\\'"
                + " or exists (select p.id from ProgressUpdate p where p.action = a"
                + " and lower(p.body) like :text escape '\\'))",
            "text",
            query.text() == null ? null : like(query.text()));
    return filters.page(
        getEntityManager(),
        "Action a",
        "select a from Action a join fetch a.priority",
        orderBy(sort),
        Action.class,
        page);
  }

  private static final String OVERDUE = OverdueRule.CONDITION;

  /** One action with everything its response shows but the evidence log, in one query. */
  public Optional<Action> findWithLinks(Long id) {
    return getEntityManager()
        .createQuery(
            "select a from Action a join fetch a.priority left join fetch a.findings"
                + " left join fetch a.indicators left join fetch a.partners"
                + " left join fetch a.dueDateChanges where a.id = :id",
            Action.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * Fetches the findings, indicators, partners and due-date moves of a page of actions in one
   * query, so that mapping the page runs no query per row. The few links per row keep the joined
   * rows few.
   */
  public void fetchLinks(List<Action> page) {
    if (page.isEmpty()) {
      return;
    }
    getEntityManager()
        .createQuery(
            "select a from Action a left join fetch a.findings left join fetch a.indicators"
                + " left join fetch a.partners left join fetch a.dueDateChanges"
                + " where a.id in :ids",
            Action.class)
        .setParameter("ids", page.stream().map(Action::getId).toList())
        .getResultList();
  }

  /**
   * How many progress updates each action has and its latest, for a page of actions in one query
   * that reads one update per action whatever the length of its evidence log.
   */
  public Map<Long, ProgressSummary> progress(Collection<Long> actionIds) {
    Map<Long, ProgressSummary> summaries = new HashMap<>();
    if (actionIds.isEmpty()) {
      return summaries;
    }
    // A lateral join reads each action's latest update by walking its index from the end; the
    // equivalent HQL (a join on a correlated subquery) scans every update of every action.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select a.id, (select count(*) from progress_update c where c.action_id = a.id)"
                    + " as total, l.id as update_id, l.recorded_on, l.author, l.body, l.created_at"
                    + " from action a left join lateral (select p.id, p.recorded_on, p.author,"
                    + " p.body, p.created_at from progress_update p where p.action_id = a.id"
                    + " order by p.recorded_on desc, p.created_at desc, p.id desc limit 1) l"
                    + " on true where a.id in (:ids)")
            .setParameter("ids", actionIds)
            .unwrap(NativeQuery.class)
            .addScalar("id", Long.class)
            .addScalar("total", Long.class)
            .addScalar("update_id", Long.class)
            .addScalar("recorded_on", LocalDate.class)
            .addScalar("author", String.class)
            .addScalar("body", String.class)
            .addScalar("created_at", OffsetDateTime.class)
            .getResultList();
    for (Object[] row : rows) {
      summaries.put(
          (Long) row[0],
          new ProgressSummary(
              ((Long) row[1]).intValue(),
              row[2] == null
                  ? null
                  : new ProgressUpdateResponse(
                      (Long) row[2],
                      (LocalDate) row[3],
                      (String) row[4],
                      (String) row[5],
                      (OffsetDateTime) row[6])));
    }
    return summaries;
  }

  /** An action's evidence log in brief: its length and its latest entry (null when empty). */
  public record ProgressSummary(int count, ProgressUpdateResponse latest) {
    static final ProgressSummary NONE = new ProgressSummary(0, null);
  }

  private static String effectiveRagCondition(RagFilter filter, Map<String, Object> params) {
    if (filter == RagFilter.NONE) {
      return "(a.rag is null and not " + OVERDUE + ")";
    }
    params.put("effective", filter.rag());
    return switch (filter) {
      case RED -> "(a.rag = :effective or " + OVERDUE + ")";
      case AMBER -> "(a.rag = :effective and not " + OVERDUE + ")";
      default -> "a.rag = :effective";
    };
  }

  private static String orderBy(List<SortKey> sort) {
    List<String> terms = new ArrayList<>();
    for (SortKey key : sort) {
      for (String column : SORTS.get(key.field())) {
        terms.add(column + (key.descending() ? " desc nulls last" : " asc nulls last"));
      }
    }
    terms.add("a.id");
    return String.join(", ", terms);
  }

  /** A case-insensitive substring pattern, with the user's own % and _ taken literally. */
  private static String like(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  /** One term of a {@code sort} parameter: a field name, descending when written "-field". */
  public record SortKey(String field, boolean descending) {}
}
