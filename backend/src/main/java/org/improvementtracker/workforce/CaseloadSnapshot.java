package org.improvementtracker.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.Period;

/** One worker's caseload and supervisions at a month end. The worker is a staff reference. */
@Entity
@Table(name = "caseload_snapshot")
public class CaseloadSnapshot extends MonthEndSnapshot {

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
    super(now);
    revise(team, details, now);
  }

  public void revise(Team team, Details details, OffsetDateTime now) {
    place(team, details.month(), now);
    this.workerReference = details.workerReference();
    this.role = details.role();
    this.employment = details.employment();
    this.fte = details.fte();
    this.childrenAllocated = details.childrenAllocated();
    this.supervisionsDue = details.supervisionsDue();
    this.supervisionsInTime = details.supervisionsInTime();
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
}
