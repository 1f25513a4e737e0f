package org.improvementtracker.caseaudit;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.improvementtracker.common.InvalidInputException;

/** What an audit asked to be done, by whom and by when, tracked until done or cancelled. */
@Entity
@Table(name = "audit_recommendation")
public class AuditRecommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "audit_id")
  private CaseAudit audit;

  private String text;
  private String owner;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private RecommendationStatus status;

  @Column(name = "completion_note")
  private String completionNote;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  /** A recommendation's fields: marking it done needs a note of what was done. */
  public record Details(
      String text,
      String owner,
      LocalDate dueDate,
      RecommendationStatus status,
      String completionNote) {
    public Details {
      status = status == null ? RecommendationStatus.OPEN : status;
      completionNote =
          completionNote == null || completionNote.isBlank() ? null : completionNote.trim();
      if (status == RecommendationStatus.DONE && completionNote == null) {
        throw new InvalidInputException("completionNote", "is required to mark it DONE");
      }
      text = text.trim();
      owner = owner.trim();
    }
  }

  protected AuditRecommendation() {}

  AuditRecommendation(CaseAudit audit, Details details, OffsetDateTime now) {
    this.audit = audit;
    this.createdAt = now;
    revise(details, now);
  }

  public void revise(Details details, OffsetDateTime now) {
    this.text = details.text();
    this.owner = details.owner();
    this.dueDate = details.dueDate();
    this.status = details.status();
    this.completionNote = details.completionNote();
    this.updatedAt = now;
  }

  /** Still open after its due date. */
  public boolean isOverdue(LocalDate today) {
    return status == RecommendationStatus.OPEN && dueDate.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public CaseAudit getAudit() {
    return audit;
  }

  public String getText() {
    return text;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public RecommendationStatus getStatus() {
    return status;
  }

  public String getCompletionNote() {
    return completionNote;
  }

  public long getVersion() {
    return version;
  }
}
