package org.improvementtracker.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.improvementtracker.plan.Rag;

/** One change of an action's RAG status: from what, to what, who made it, when and why. */
@Entity
@Table(name = "rag_change")
public class RagChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id")
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_rag")
  private Rag fromRag;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_rag")
  private Rag toRag;

  private String reason;

  /** A link to or reference of the evidence the change rests on, when one was given. */
  private String evidence;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  protected RagChange() {}

  RagChange(
      Action action,
      Rag fromRag,
      Rag toRag,
      String reason,
      String evidence,
      String changedBy,
      OffsetDateTime at) {
    this.action = action;
    this.evidence = evidence;
    this.fromRag = fromRag;
    this.toRag = toRag;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = at;
  }

  public String getEvidence() {
    return evidence;
  }

  public Long getId() {
    return id;
  }

  public Rag getFromRag() {
    return fromRag;
  }

  public Rag getToRag() {
    return toRag;
  }

  public String getReason() {
    return reason;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }
}
