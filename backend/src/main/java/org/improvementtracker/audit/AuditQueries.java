package org.improvementtracker.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.improvementtracker.common.Filters;
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
    return new Filters()
        .and("e.entityType = :type", "type", entityType)
        .and("e.entityId = :id", "id", entityId)
        .and(
            "e.username = :username",
            "username",
            username == null ? null : username.toLowerCase(java.util.Locale.ROOT))
        .and(
            "e.occurredAt >= :from",
            "from",
            from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC))
        .and(
            "e.occurredAt < :to",
            "to",
            to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
        .page(
            em,
            "AuditEvent e",
            "from AuditEvent e",
            "e.occurredAt desc, e.id desc",
            AuditEvent.class,
            page)
        .map(e -> AuditMapper.toResponse(e, true, json));
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

  /** One kind of event on one entity type within (since, until], oldest first, no addresses. */
  public List<AuditResponse> events(
      String entityType,
      String event,
      java.time.OffsetDateTime since,
      java.time.OffsetDateTime until) {
    return em.createQuery(
            "from AuditEvent e where e.entityType = :type and e.event = :event"
                + " and e.occurredAt > :since and e.occurredAt <= :until"
                + " order by e.occurredAt, e.id",
            AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("event", event)
        .setParameter("since", since)
        .setParameter("until", until)
        .getResultStream()
        .map(e -> AuditMapper.toResponse(e, false, json))
        .toList();
  }
}
