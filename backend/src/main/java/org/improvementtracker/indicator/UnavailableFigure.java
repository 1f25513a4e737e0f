package org.improvementtracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.improvementtracker.common.Period;

/** A month whose figure is not available, and why: the board reads the reason, not a blank. */
@Entity
@Table(name = "unavailable_figure")
public class UnavailableFigure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  private Period period;
  private String reason;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  @Version private long version;

  protected UnavailableFigure() {}

  public UnavailableFigure(
      Indicator indicator, Period period, String reason, String by, OffsetDateTime now) {
    this.indicator = indicator;
    this.period = period;
    explain(reason, by, now);
  }

  void explain(String reason, String by, OffsetDateTime now) {
    this.reason = reason;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public Period getPeriod() {
    return period;
  }

  public String getReason() {
    return reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public long getVersion() {
    return version;
  }
}
