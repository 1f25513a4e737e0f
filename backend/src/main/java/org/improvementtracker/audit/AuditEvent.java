package org.improvementtracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the append-only audit trail. The database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at")
  private OffsetDateTime occurredAt;

  private String event;

  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private String entityId;

  @Column(name = "user_id")
  private Long userId;

  private String username;

  /** The person's name as shown when the change was made; null for older entries. */
  @Column(name = "actor_name")
  private String actorName;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "token_id")
  private Long tokenId;

  @Column(name = "request_id")
  private String requestId;

  @Column(name = "client_address")
  private String clientAddress;

  /** The bulk upload this change was part of; null for a change made on its own. */
  @Column(name = "batch_id")
  private Long batchId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "before_state")
  private String before;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "after_state")
  private String after;

  protected AuditEvent() {}

  AuditEvent(
      OffsetDateTime occurredAt,
      String event,
      String entityType,
      String entityId,
      Long userId,
      String username,
      String actorName,
      Long organisationId,
      Long tokenId,
      String requestId,
      String clientAddress,
      String before,
      String after) {
    this.occurredAt = occurredAt;
    this.event = event;
    this.entityType = entityType;
    this.entityId = entityId;
    this.userId = userId;
    this.username = username;
    this.actorName = actorName;
    this.organisationId = organisationId;
    this.tokenId = tokenId;
    this.requestId = requestId;
    this.clientAddress = clientAddress;
    this.before = before;
    this.after = after;
  }

  /** Names the bulk batch the change was part of. */
  void inBatch(Long batch) {
    this.batchId = batch;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getEvent() {
    return event;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public Long getUserId() {
    return userId;
  }

  public String getUsername() {
    return username;
  }

  public String getActorName() {
    return actorName;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public Long getTokenId() {
    return tokenId;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public Long getBatchId() {
    return batchId;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
