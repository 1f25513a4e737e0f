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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.improvementtracker.common.Period;

/** One indicator's figure for one month, with who entered it and every earlier version. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  private Period period;
  private BigDecimal value;
  private BigDecimal numerator;
  private BigDecimal denominator;

  @Enumerated(EnumType.STRING)
  private ValueStatus status;

  @Column(name = "entered_by")
  private String enteredBy;

  @Column(name = "entered_at")
  private OffsetDateTime enteredAt;

  /** How many times the figure was corrected: counted here so that lists need no join. */
  @Column(name = "revision_count")
  private int revisionCount;

  @Version private long version;

  protected IndicatorValue() {}

  IndicatorValue(
      Indicator indicator,
      Period period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      ValueStatus status,
      String by,
      OffsetDateTime now) {
    this.indicator = indicator;
    this.period = period;
    this.value = value;
    this.numerator = numerator;
    this.denominator = denominator;
    this.status = status;
    this.enteredBy = by;
    this.enteredAt = now;
  }

  /** Whether recording these figures would change anything. */
  boolean differsFrom(
      BigDecimal newValue,
      BigDecimal newNumerator,
      BigDecimal newDenominator,
      ValueStatus newStatus) {
    return !(same(value, newValue)
        && same(numerator, newNumerator)
        && same(denominator, newDenominator)
        && status == newStatus);
  }

  /**
   * Replaces the figure and returns the revision that keeps the old one (for the caller to store);
   * the same figure changes nothing and returns null.
   */
  ValueRevision correct(
      BigDecimal newValue,
      BigDecimal newNumerator,
      BigDecimal newDenominator,
      ValueStatus newStatus,
      String by,
      OffsetDateTime now) {
    if (!differsFrom(newValue, newNumerator, newDenominator, newStatus)) {
      return null;
    }
    ValueRevision revision =
        new ValueRevision(
            this,
            value,
            newValue,
            numerator,
            newNumerator,
            denominator,
            newDenominator,
            status,
            newStatus,
            by,
            now);
    revisionCount++;
    value = newValue;
    numerator = newNumerator;
    denominator = newDenominator;
    status = newStatus;
    enteredBy = by;
    enteredAt = now;
    return revision;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
  }

  public Long getId() {
    return id;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public long getVersion() {
    return version;
  }

  public Period getPeriod() {
    return period;
  }

  public BigDecimal getValue() {
    return Figures.plain(value);
  }

  public BigDecimal getNumerator() {
    return Figures.plain(numerator);
  }

  public BigDecimal getDenominator() {
    return Figures.plain(denominator);
  }

  public ValueStatus getStatus() {
    return status;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public OffsetDateTime getEnteredAt() {
    return enteredAt;
  }

  public int getRevisionCount() {
    return revisionCount;
  }
}
