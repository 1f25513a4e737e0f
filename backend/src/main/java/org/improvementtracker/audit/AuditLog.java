package org.improvementtracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Writes the audit trail. Called by services inside the transaction of the change it records, so a
 * change and its audit entry are saved together or not at all.
 */
@ApplicationScoped
public class AuditLog {

  @Inject EntityManager em;
  @Inject AuditContext context;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  /** Records a change by the signed-in user; before/after are the API representations. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String event, String entityType, Object entityId, Object before, Object after) {
    recordInBatch(event, entityType, entityId, before, after, null);
  }

  /** Records a change by the signed-in user made as part of a bulk batch, naming the batch. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordInBatch(
      String event, String entityType, Object entityId, Object before, Object after, Long batch) {
    Optional<AuditContext.Actor> actor = inRequest() ? context.actor() : Optional.empty();
    AuditEvent entry =
        event(
            event,
            entityType,
            entityId,
            actor.map(AuditContext.Actor::userId).orElse(null),
            actor.map(AuditContext.Actor::username).orElse(null),
            actor.map(AuditContext.Actor::displayName).orElse(null),
            actor.map(AuditContext.Actor::organisationId).orElse(null),
            actor.map(AuditContext.Actor::tokenId).orElse(null),
            before,
            after);
    entry.inBatch(batch);
    em.persist(entry);
  }

  /**
   * Records many changes by the signed-in user in one statement: {@code select} yields, per entry,
   * the columns {@code event, entity_type, entity_id, before_state, after_state} (JSON) and {@code
   * batch_id}. Bulk uploads use it so that a month of figures is one round trip, not one per row.
   * Returns how many entries were written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int recordAll(String select, Object... params) {
    Optional<AuditContext.Actor> actor = inRequest() ? context.actor() : Optional.empty();
    String sql =
        "insert into audit_event (occurred_at, event, entity_type, entity_id, user_id, username,"
            + " actor_name, organisation_id, token_id, request_id, client_address, before_state,"
            + " after_state, batch_id) select ?, e.event, e.entity_type, e.entity_id, ?, ?, ?, ?,"
            + " ?, ?, ?,"
            + " e.before_state::jsonb, e.after_state::jsonb, e.batch_id from ("
            + select
            + ") e";
    Object[] head = {
      OffsetDateTime.now(clock),
      actor.map(AuditContext.Actor::userId).orElse(null),
      actor.map(AuditContext.Actor::username).orElse(null),
      actor.map(AuditContext.Actor::displayName).orElse(null),
      actor.map(AuditContext.Actor::organisationId).orElse(null),
      actor.map(AuditContext.Actor::tokenId).orElse(null),
      inRequest() ? context.requestId() : null,
      inRequest() ? context.clientAddress() : null
    };
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object value : head) {
                  statement.setObject(i++, value);
                }
                for (Object value : params) {
                  statement.setObject(i++, value);
                }
                return statement.executeUpdate();
              }
            });
  }

  /** Records an event about an account that is not (or not yet) the signed-in user: sign-ins. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFor(
      String event, Long userId, String username, Long organisationId, Object details) {
    persist(event, "User", userId, userId, username, null, organisationId, null, null, details);
  }

  /** Records what the system itself did at start-up (first admin, demo data). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSystem(String event, String entityType, Object entityId, Object after) {
    persist(event, entityType, entityId, null, "system", "System", null, null, null, after);
  }

  private void persist(
      String event,
      String entityType,
      Object entityId,
      Long userId,
      String username,
      String actorName,
      Long organisationId,
      Long tokenId,
      Object before,
      Object after) {
    em.persist(
        event(
            event,
            entityType,
            entityId,
            userId,
            username,
            actorName,
            organisationId,
            tokenId,
            before,
            after));
  }

  private AuditEvent event(
      String event,
      String entityType,
      Object entityId,
      Long userId,
      String username,
      String actorName,
      Long organisationId,
      Long tokenId,
      Object before,
      Object after) {
    return new AuditEvent(
        OffsetDateTime.now(clock),
        event,
        entityType,
        entityId == null ? null : String.valueOf(entityId),
        userId,
        username,
        actorName,
        organisationId,
        tokenId,
        inRequest() ? context.requestId() : null,
        inRequest() ? context.clientAddress() : null,
        toJson(before),
        toJson(after));
  }

  /** Start-up work runs outside any HTTP request: it has no user, address or request id. */
  private static boolean inRequest() {
    return Arc.container().requestContext().isActive();
  }

  private String toJson(Object state) {
    if (state == null) {
      return null;
    }
    try {
      return json.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not record the audit state", e);
    }
  }
}
