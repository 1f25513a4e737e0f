package org.improvementtracker.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Period;

/**
 * A team's posts at a month end: establishment, vacancies, agency cover, and leavers in the month.
 */
@Entity
@Table(name = "team_snapshot")
public class TeamSnapshot extends MonthEndSnapshot {

  @Column(name = "establishment_fte")
  private BigDecimal establishmentFte;

  @Column(name = "vacant_fte")
  private BigDecimal vacantFte;

  @Column(name = "leavers_fte")
  private BigDecimal leaversFte;

  @Column(name = "agency_fte")
  private BigDecimal agencyFte;

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
    super(now);
    revise(team, details, now);
  }

  public void revise(Team team, Details details, OffsetDateTime now) {
    place(team, details.month(), now);
    this.establishmentFte = details.establishmentFte();
    this.vacantFte = details.vacantFte();
    this.leaversFte = details.leaversFte();
    this.agencyFte = details.agencyFte();
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
}
