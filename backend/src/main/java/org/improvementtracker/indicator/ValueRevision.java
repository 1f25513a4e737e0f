package org.improvementtracker.indicator;

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A correction of a monthly figure: what it was, what it became, who changed it and when. */
@Entity
@Table(name = "indicator_value_revision")
public class ValueRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "value_id")
  private IndicatorValue indicatorValue;

  @Column(name = "old_value")
  private BigDecimal oldValue;

  @Column(name = "new_value")
  private BigDecimal newValue;

  @Column(name = "old_numerator")
  private BigDecimal oldNumerator;

  @Column(name = "new_numerator")
  private BigDecimal newNumerator;

  @Column(name = "old_denominator")
  private BigDecimal oldDenominator;

  @Column(name = "new_denominator")
  private BigDecimal newDenominator;

  @Enumerated(EnumType.STRING)
  @Column(name = "old_status")
  private ValueStatus oldStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_status")
  private ValueStatus newStatus;

  /** Why the figure was corrected; required once the figure was final. */
  private String reason;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  /** The bulk upload that made this change; null for a figure typed on its own. */
  @Column(name = "batch_id")
  private Long batchId;

  protected ValueRevision() {}

  ValueRevision(
      IndicatorValue indicatorValue,
      BigDecimal oldValue,
      BigDecimal newValue,
      BigDecimal oldNumerator,
      BigDecimal newNumerator,
      BigDecimal oldDenominator,
      BigDecimal newDenominator,
      ValueStatus oldStatus,
      ValueStatus newStatus,
      String reason,
      String changedBy,
      OffsetDateTime changedAt) {
    this.indicatorValue = indicatorValue;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.oldNumerator = oldNumerator;
    this.newNumerator = newNumerator;
    this.oldDenominator = oldDenominator;
    this.newDenominator = newDenominator;
    this.oldStatus = oldStatus;
    this.newStatus = newStatus;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public BigDecimal getOldValue() {
    return Figures.plain(oldValue);
  }

  public BigDecimal getNewValue() {
    return Figures.plain(newValue);
  }

  public BigDecimal getOldNumerator() {
    return Figures.plain(oldNumerator);
  }

  public BigDecimal getNewNumerator() {
    return Figures.plain(newNumerator);
  }

  public BigDecimal getOldDenominator() {
    return Figures.plain(oldDenominator);
  }

  public BigDecimal getNewDenominator() {
    return Figures.plain(newDenominator);
  }

  public ValueStatus getOldStatus() {
    return oldStatus;
  }

  public ValueStatus getNewStatus() {
    return newStatus;
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

  public Long getBatchId() {
    return batchId;
  }
}
