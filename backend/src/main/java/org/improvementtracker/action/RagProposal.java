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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.User;

/**
 * A partner's proposal to change an action's RAG. The council owns the plan, so an editor accepts
 * it (the change is then made, under the usual rules) or rejects it.
 */
@Entity
@Table(name = "rag_proposal")
public class RagProposal {

  @Schema(name = "ProposalStatus")
  public enum Status {
    PENDING,
    ACCEPTED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id")
  private Action action;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "proposed_by")
  private User proposedBy;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_rag")
  private Rag toRag;

  private String reason;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "decided_by")
  private User decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  protected RagProposal() {}

  RagProposal(Action action, User proposedBy, Rag toRag, String reason, OffsetDateTime now) {
    this.action = action;
    this.proposedBy = proposedBy;
    this.organisation = proposedBy.getOrganisation();
    this.toRag = toRag;
    this.reason = reason;
    this.status = Status.PENDING;
    this.createdAt = now;
  }

  void decide(boolean accepted, User decider, String note, OffsetDateTime now) {
    if (status != Status.PENDING) {
      throw new RuleViolationException(
          "This proposal was already " + status.name().toLowerCase(java.util.Locale.ROOT));
    }
    status = accepted ? Status.ACCEPTED : Status.REJECTED;
    decidedBy = decider;
    decidedAt = now;
    decisionNote = note;
  }

  public Long getId() {
    return id;
  }

  public Action getAction() {
    return action;
  }

  public User getProposedBy() {
    return proposedBy;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Rag getToRag() {
    return toRag;
  }

  public String getReason() {
    return reason;
  }

  public Status getStatus() {
    return status;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public User getDecidedBy() {
    return decidedBy;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}
