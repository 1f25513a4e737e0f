package org.improvementtracker.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.improvementtracker.common.Period;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.Priority;

/** An indicator of success: a monthly measure of whether the plan is changing things. */
@Entity
public class Indicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "priority_id")
  private Priority priority;

  private int number;
  private String name;
  private String area;

  @Column(name = "area_note")
  private String areaNote;

  @Enumerated(EnumType.STRING)
  private Unit unit;

  @Enumerated(EnumType.STRING)
  private Basis basis;

  @Enumerated(EnumType.STRING)
  private Polarity polarity;

  @Embedded private Target target;

  private String mtfp;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private String[] flags;

  /** Why there are no figures, e.g. "Report development required"; null when there are. */
  @Column(name = "data_status")
  private String dataStatus;

  /**
   * The verdicts of the latest figure, kept with the definition so that lists filter on them in the
   * database. Derived from the figures and target, so they do not change the version.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "target_status")
  @OptimisticLock(excluded = true)
  private TargetStatus targetStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction")
  @OptimisticLock(excluded = true)
  private Direction trend;

  /**
   * The records this indicator's figures are computed from (e.g. "AUDITS_COMPLETED"); null when its
   * figures are typed. See {@link DerivedFigures}.
   */
  @OptimisticLock(excluded = true)
  private String derivation;

  @OptimisticLock(excluded = true)
  private String formula;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Indicator() {}

  public Indicator(Plan plan, IndicatorDetails details, Priority priority, OffsetDateTime now) {
    this.plan = plan;
    this.createdAt = now;
    revise(details, priority, List.of(), now);
  }

  /**
   * Replaces the definition. The target may have changed, so the verdicts are recomputed from
   * {@code recentFigures}: the latest figures in period order (see {@link #refreshVerdicts}).
   */
  public void revise(
      IndicatorDetails details,
      Priority priority,
      List<BigDecimal> recentFigures,
      OffsetDateTime now) {
    this.number = details.number();
    this.name = details.name();
    this.area = details.area();
    this.areaNote = details.areaNote();
    this.priority = priority;
    this.unit = details.unit();
    this.basis = details.basis();
    this.polarity = details.polarity();
    this.target = details.target();
    this.mtfp = details.mtfp();
    this.flags = details.flags().toArray(String[]::new);
    this.dataStatus = details.dataStatus();
    this.updatedAt = now;
    refreshVerdicts(recentFigures);
  }

  /** How many of the latest figures the verdicts need: the latest and its baseline. */
  public static final int FIGURES_FOR_VERDICTS = 1 + DirectionRule.BASELINE_FIGURES;

  /**
   * Records the figure for a month: a new figure when {@code existing} (this month's figure, if
   * any) is null, else a correction that keeps the figure it replaces as a revision. Sending the
   * same figure again changes nothing. The caller stores what is new, then refreshes the verdicts.
   */
  public Recorded record(
      IndicatorValue existing,
      Period period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      ValueStatus status,
      String by,
      OffsetDateTime now) {
    if (existing != null) {
      ValueRevision revision = existing.correct(value, numerator, denominator, status, by, now);
      return new Recorded(existing, revision, false, revision != null);
    }
    IndicatorValue created =
        new IndicatorValue(this, period, value, numerator, denominator, status, by, now);
    return new Recorded(created, null, true, true);
  }

  /** Marks the indicator as computed from records: nobody types its figures. */
  public void deriveFrom(String derivation, String formula) {
    this.derivation = derivation;
    this.formula = formula;
  }

  public boolean isDerived() {
    return derivation != null;
  }

  /**
   * Recomputes the stored verdicts after a figure or the target changed, from the latest figures in
   * period order (at least the last {@link #FIGURES_FOR_VERDICTS}; earlier ones are ignored).
   */
  public void refreshVerdicts(List<BigDecimal> recentFigures) {
    this.targetStatus =
        assessment(recentFigures.isEmpty() ? null : recentFigures.get(recentFigures.size() - 1))
            .status();
    this.trend = direction(recentFigures);
  }

  /**
   * The outcome of recording a figure: new, corrected (with the revision to keep), or unchanged.
   */
  public record Recorded(
      IndicatorValue value, ValueRevision revision, boolean created, boolean changed) {}

  /** The direction of travel of figures in period order, the latest last. */
  public Direction direction(List<BigDecimal> figures) {
    return DirectionRule.of(figures, unit, polarity);
  }

  /** Where a figure stands against the target (null: no figure yet). */
  public TargetRule.Assessment assessment(BigDecimal latest) {
    return TargetRule.assess(target, latest, unit, polarity);
  }

  public TargetStatus getTargetStatus() {
    return targetStatus;
  }

  public Direction getTrend() {
    return trend;
  }

  public Long getId() {
    return id;
  }

  public Plan getPlan() {
    return plan;
  }

  public Priority getPriority() {
    return priority;
  }

  public int getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getArea() {
    return area;
  }

  public String getAreaNote() {
    return areaNote;
  }

  public Unit getUnit() {
    return unit;
  }

  public Basis getBasis() {
    return basis;
  }

  public Polarity getPolarity() {
    return polarity;
  }

  public Target getTarget() {
    return target;
  }

  public String getMtfp() {
    return mtfp;
  }

  public List<String> getFlags() {
    return List.of(flags);
  }

  public String getDataStatus() {
    return dataStatus;
  }

  public String getDerivation() {
    return derivation;
  }

  public String getFormula() {
    return formula;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
