package org.improvementtracker.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.improvementtracker.common.Period;

/** A comparator's figure for a month (England, statistical neighbours, "Ofsted Good+"…). */
@Entity
public class Benchmark {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  private String comparator;
  private Period period;
  private BigDecimal value;

  protected Benchmark() {}

  public Benchmark(Indicator indicator, String comparator, Period period, BigDecimal value) {
    this.indicator = indicator;
    this.comparator = comparator;
    this.period = period;
    this.value = value;
  }

  public String getComparator() {
    return comparator;
  }

  public Period getPeriod() {
    return period;
  }

  public BigDecimal getValue() {
    return Figures.plain(value);
  }
}
