package org.improvementtracker.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;

/** Reads the audit trail. */
@ApplicationScoped
public class AuditQueries {

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public Page<AuditResponse> search(
      String entityType,
      String entityId,
      String username,
      LocalDate from,
      LocalDate to,
      PageRequest page) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (entityType != null) {
      where.add("e.entityType = :type");
      params.put("type", entityType);
    }
    if (entityId != null) {
      where.add("e.entityId = :id");
      params.put("id", entityId);
    }
    if (username != null) {
      where.add("e.username = :username");
      params.put("username", username.toLowerCase(java.util.Locale.ROOT));
    }
    if (from != null) {
      where.add("e.occurredAt >= :from");
      params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      where.add("e.occurredAt < :to");
      params.put("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from AuditEvent e" + condition, Long.class);
    TypedQuery<AuditEvent> select =
        em.createQuery(
                "from AuditEvent e" + condition + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          select.setParameter(name, value);
        });
    return Page.of(
        select.getResultStream().map(e -> AuditMapper.toResponse(e, true, json)).toList(),
        page,
        count.getSingleResult());
  }

  /** The latest changes to the plan's actions and indicators, without client addresses. */
  public List<AuditResponse> recentPlanChanges(int limit) {
    return em.createQuery(
            "from AuditEvent e where e.entityType in ('Action', 'Indicator', 'Finding')"
                + " order by e.occurredAt desc, e.id desc",
            AuditEvent.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(e -> AuditMapper.toResponse(e, false, json))
        .toList();
  }

  /**
   * Everything recorded about one entity, oldest first; addresses are left out for non-admin
   * readers. The feature that owns the entity checks that it exists.
   */
  public List<AuditResponse> history(String entityType, Object entityId) {
    return em.createQuery(
            "from AuditEvent e where e.entityType = :type and e.entityId = :id"
                + " order by e.occurredAt, e.id",
            AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("id", String.valueOf(entityId))
        .getResultStream()
        .map(e -> AuditMapper.toResponse(e, false, json))
        .toList();
  }
}
