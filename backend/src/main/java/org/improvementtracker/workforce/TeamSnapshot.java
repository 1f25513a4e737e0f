package org.improvementtracker.workforce;

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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Period;

/**
 * A team's posts at a month end: establishment, vacancies, agency cover, and leavers in the month.
 */
@Entity
@Table(name = "team_snapshot")
public class TeamSnapshot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "team_id")
  private Team team;

  private Period period;

  @Column(name = "establishment_fte")
  private BigDecimal establishmentFte;

  @Column(name = "vacant_fte")
  private BigDecimal vacantFte;

  @Column(name = "leavers_fte")
  private BigDecimal leaversFte;

  @Column(name = "agency_fte")
  private BigDecimal agencyFte;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  /** What a team snapshot records: vacant posts are some of the establishment. */
  public record Details(
      Period month,
      BigDecimal establishmentFte,
      BigDecimal vacantFte,
      BigDecimal leaversFte,
      BigDecimal agencyFte) {
    public Details {
      if (vacantFte.compareTo(establishmentFte) > 0) {
        throw new InvalidInputException(
            "vacantFte",
            "must not be more than establishmentFte (" + establishmentFte.toPlainString() + ")");
      }
    }
  }

  protected TeamSnapshot() {}

  public TeamSnapshot(Team team, Details details, OffsetDateTime now) {
    this.createdAt = now;
    revise(team, details, now);
  }

  public void revise(Team team, Details details, OffsetDateTime now) {
    this.team = team;
    this.period = details.month();
    this.establishmentFte = details.establishmentFte();
    this.vacantFte = details.vacantFte();
    this.leaversFte = details.leaversFte();
    this.agencyFte = details.agencyFte();
    this.updatedAt = now;
  }

  /** Posts filled at the month end (by anyone, agency staff included). */
  public BigDecimal filledFte() {
    return establishmentFte.subtract(vacantFte);
  }

  public Long getId() {
    return id;
  }

  public Team getTeam() {
    return team;
  }

  public Period getPeriod() {
    return period;
  }

  public BigDecimal getEstablishmentFte() {
    return establishmentFte;
  }

  public BigDecimal getVacantFte() {
    return vacantFte;
  }

  public BigDecimal getLeaversFte() {
    return leaversFte;
  }

  public BigDecimal getAgencyFte() {
    return agencyFte;
  }

  public long getVersion() {
    return version;
  }
}
