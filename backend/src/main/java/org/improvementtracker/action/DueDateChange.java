package org.improvementtracker.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** One move of an action's due date: from when, to when, who moved it, when and why. */
@Entity
@Table(name = "due_date_change")
public class DueDateChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id")
  private Action action;

  @Column(name = "from_date")
  private LocalDate fromDate;

  @Column(name = "to_date")
  private LocalDate toDate;

  private String reason;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  protected DueDateChange() {}

  DueDateChange(
      Action action,
      LocalDate fromDate,
      LocalDate toDate,
      String reason,
      String changedBy,
      OffsetDateTime at) {
    this.action = action;
    this.fromDate = fromDate;
    this.toDate = toDate;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = at;
  }

  /**
   * Days the move put the task back; 0 when it brought the date forward. Removing the date puts it
   * back indefinitely, which counts as a slip of no measurable length.
   */
  long delayDays() {
    if (fromDate == null || toDate == null) {
      return 0;
    }
    return Math.max(0, ChronoUnit.DAYS.between(fromDate, toDate));
  }

  /** A move that puts the task back (later, or no date at all) is a slip. */
  boolean isSlip() {
    return fromDate != null && (toDate == null || toDate.isAfter(fromDate));
  }

  public Long getId() {
    return id;
  }

  public LocalDate getFromDate() {
    return fromDate;
  }

  public LocalDate getToDate() {
    return toDate;
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
