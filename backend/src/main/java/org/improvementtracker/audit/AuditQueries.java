package org.improvementtracker.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.improvementtracker.common.Filters;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;

/** Reads the audit trail. */
@ApplicationScoped
public class AuditQueries {

  @Inject EntityManager em;
  @Inject ObjectMapper json;
  @Inject Instance<AuditSubjects> subjects;

  public Page<AuditResponse> search(
      String entityType,
      String entityId,
      String username,
      LocalDate from,
      LocalDate to,
      PageRequest page) {
    Page<AuditEvent> events =
        new Filters()
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
                page);
    return events.withItems(responses(events.items(), true));
  }

  /** The latest changes to the plan's actions and indicators, without client addresses. */
  public List<AuditResponse> recentPlanChanges(int limit) {
    List<AuditEvent> events =
        em.createQuery(
                "from AuditEvent e where e.entityType in ('Action', 'Indicator', 'Finding')"
                    + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class)
            .setMaxResults(limit)
            .getResultList();
    return responses(events, false);
  }

  /**
   * Everything recorded about one entity, oldest first; addresses are left out for non-admin
   * readers. The feature that owns the entity checks that it exists.
   */
  public List<AuditResponse> history(String entityType, Object entityId) {
    List<AuditEvent> events =
        em.createQuery(
                "from AuditEvent e where e.entityType = :type and e.entityId = :id"
                    + " order by e.occurredAt, e.id",
                AuditEvent.class)
            .setParameter("type", entityType)
            .setParameter("id", String.valueOf(entityId))
            .getResultList();
    return responses(events, false);
  }

  /** Maps entries, naming their subjects in one query per entity type. */
  private List<AuditResponse> responses(List<AuditEvent> events, boolean withAddress) {
    Map<String, Map<String, String>> names = new HashMap<>();
    for (AuditSubjects named : subjects) {
      List<String> ids =
          events.stream()
              .filter(e -> named.entityType().equals(e.getEntityType()) && e.getEntityId() != null)
              .map(AuditEvent::getEntityId)
              .distinct()
              .toList();
      names.put(named.entityType(), ids.isEmpty() ? Map.of() : named.names(ids));
    }
    return events.stream()
        .map(
            e ->
                AuditMapper.toResponse(
                    e,
                    // Map.of() refuses a null key: an entry about no one entity has no name.
                    e.getEntityId() == null
                        ? null
                        : names.getOrDefault(e.getEntityType(), Map.of()).get(e.getEntityId()),
                    withAddress,
                    json))
        .toList();
  }
}
