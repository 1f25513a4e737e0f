package org.improvementtracker.indicator;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

  @OneToMany(mappedBy = "indicator", cascade = CascadeType.PERSIST, orphanRemoval = true)
  @OrderBy("period")
  private List<IndicatorValue> values = new ArrayList<>();

  protected Indicator() {}

  public Indicator(Plan plan, IndicatorDetails details, Priority priority, OffsetDateTime now) {
    this.plan = plan;
    this.createdAt = now;
    revise(details, priority, now);
  }

  public void revise(IndicatorDetails details, Priority priority, OffsetDateTime now) {
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
    refreshVerdicts();
  }

  /**
   * Records the figure for a month; a changed figure keeps the one it replaces as a revision.
   * Returns the value and whether anything changed (sending the same figure again is a no-op).
   */
  public Recorded record(
      Period period,
      BigDecimal value,
      BigDecimal numerator,
      BigDecimal denominator,
      ValueStatus status,
      String by,
      OffsetDateTime now) {
    Optional<IndicatorValue> existing = valueFor(period);
    if (existing.isPresent()) {
      boolean changed = existing.get().correct(value, numerator, denominator, status, by, now);
      refreshVerdicts();
      return new Recorded(existing.get(), false, changed);
    }
    IndicatorValue created =
        new IndicatorValue(this, period, value, numerator, denominator, status, by, now);
    values.add(created);
    values.sort(Comparator.comparing(IndicatorValue::getPeriod));
    refreshVerdicts();
    return new Recorded(created, true, true);
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
   * Brings the figures in line with those computed from the records: a changed month is corrected
   * (keeping a revision), a new one added, and a month that no longer has records loses its figure.
   * Returns the months whose figure changed, with the figure before (null: none) and after.
   */
  List<Change> align(
      java.util.SortedMap<Period, DerivedFigures.Figure> computed, String by, OffsetDateTime now) {
    List<Change> changes = new ArrayList<>();
    for (IndicatorValue gone :
        values.stream().filter(v -> !computed.containsKey(v.getPeriod())).toList()) {
      changes.add(new Change(gone.getPeriod(), IndicatorMapper.value(gone), null));
      values.remove(gone);
    }
    computed.forEach(
        (period, figure) -> {
          IndicatorRecords.ValueResponse before =
              valueFor(period).map(IndicatorMapper::value).orElse(null);
          Recorded recorded =
              record(
                  period,
                  figure.value(),
                  figure.numerator(),
                  figure.denominator(),
                  ValueStatus.FINAL,
                  by,
                  now);
          if (recorded.changed()) {
            changes.add(new Change(period, before, recorded.value()));
          }
        });
    refreshVerdicts();
    return changes;
  }

  /** A month whose derived figure changed; {@code after} is null when it was withdrawn. */
  record Change(Period period, IndicatorRecords.ValueResponse before, IndicatorValue after) {}

  /** Recomputes the stored verdicts of the latest figure after a figure or the target changed. */
  public void refreshVerdicts() {
    this.targetStatus = assessment(null).status();
    this.trend = direction(null);
  }

  /** The outcome of recording a figure: new, corrected, or unchanged. */
  public record Recorded(IndicatorValue value, boolean created, boolean changed) {}

  public Optional<IndicatorValue> valueFor(Period period) {
    return values.stream().filter(v -> v.getPeriod().equals(period)).findFirst();
  }

  /** The figures in period order, up to and including {@code upTo} (null: all of them). */
  private List<IndicatorValue> valuesUpTo(Period upTo) {
    return values.stream().filter(v -> upTo == null || !v.getPeriod().isAfter(upTo)).toList();
  }

  /** The latest figure, as of {@code upTo} (null: the latest of all). */
  public Optional<IndicatorValue> latest(Period upTo) {
    List<IndicatorValue> known = valuesUpTo(upTo);
    return known.isEmpty() ? Optional.empty() : Optional.of(known.get(known.size() - 1));
  }

  public Direction direction(Period upTo) {
    return DirectionRule.of(
        valuesUpTo(upTo).stream().map(IndicatorValue::getValue).toList(), unit, polarity);
  }

  public TargetRule.Assessment assessment(Period upTo) {
    return TargetRule.assess(
        target, latest(upTo).map(IndicatorValue::getValue).orElse(null), unit, polarity);
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

  public List<IndicatorValue> getValues() {
    return values;
  }
}
