package org.improvementtracker.workforce;

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
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Period;

/** One worker's caseload and supervisions at a month end. The worker is a staff reference. */
@Entity
@Table(name = "caseload_snapshot")
public class CaseloadSnapshot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "team_id")
  private Team team;

  private Period period;

  @Column(name = "worker_reference")
  private String workerReference;

  @Enumerated(EnumType.STRING)
  private WorkerRole role;

  @Enumerated(EnumType.STRING)
  private Employment employment;

  private BigDecimal fte;

  @Column(name = "children_allocated")
  private int childrenAllocated;

  @Column(name = "supervisions_due")
  private int supervisionsDue;

  @Column(name = "supervisions_in_time")
  private int supervisionsInTime;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  /** What a snapshot records, checked together. */
  public record Details(
      Period month,
      String workerReference,
      WorkerRole role,
      Employment employment,
      BigDecimal fte,
      int childrenAllocated,
      int supervisionsDue,
      int supervisionsInTime) {
    public Details {
      if (supervisionsInTime > supervisionsDue) {
        throw new InvalidInputException(
            "supervisionsInTime",
            "must not be more than supervisionsDue (" + supervisionsDue + ")");
      }
    }
  }

  protected CaseloadSnapshot() {}

  public CaseloadSnapshot(Team team, Details details, OffsetDateTime now) {
    this.createdAt = now;
    revise(team, details, now);
  }

  public void revise(Team team, Details details, OffsetDateTime now) {
    this.team = team;
    this.period = details.month();
    this.workerReference = details.workerReference();
    this.role = details.role();
    this.employment = details.employment();
    this.fte = details.fte();
    this.childrenAllocated = details.childrenAllocated();
    this.supervisionsDue = details.supervisionsDue();
    this.supervisionsInTime = details.supervisionsInTime();
    this.updatedAt = now;
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

  public String getWorkerReference() {
    return workerReference;
  }

  public WorkerRole getRole() {
    return role;
  }

  public Employment getEmployment() {
    return employment;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public int getChildrenAllocated() {
    return childrenAllocated;
  }

  public int getSupervisionsDue() {
    return supervisionsDue;
  }

  public int getSupervisionsInTime() {
    return supervisionsInTime;
  }

  public long getVersion() {
    return version;
  }
}
