package org.improvementtracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator's target: a number (optionally named after its comparator, as in "7.6% England"), or
 * "Monitor" / "TBC" when there is none to meet.
 */
@Embeddable
public class Target {

  @Schema(name = "TargetKind")
  public enum Kind {
    NUMERIC,
    MONITOR,
    TBC
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "target_kind")
  private Kind kind;

  @Column(name = "target_value")
  private BigDecimal value;

  @Column(name = "target_comparator")
  private String comparator;

  protected Target() {}

  public Target(Kind kind, BigDecimal value, String comparator) {
    this.kind = kind;
    this.value = kind == Kind.NUMERIC ? value : null;
    this.comparator = kind == Kind.NUMERIC ? comparator : null;
  }

  public Kind getKind() {
    return kind;
  }

  public BigDecimal getValue() {
    return Figures.plain(value);
  }

  public String getComparator() {
    return comparator;
  }
}
