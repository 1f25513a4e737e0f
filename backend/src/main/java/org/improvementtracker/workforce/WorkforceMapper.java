package org.improvementtracker.workforce;

import java.math.BigDecimal;

/** Turns the workforce feature's entities into the records the API sends, in one place. */
public final class WorkforceMapper {
  private WorkforceMapper() {}

  static WorkforceRecords.TeamResponse team(Team t) {
    return new WorkforceRecords.TeamResponse(
        t.getId(), t.getCode(), t.getName(), t.getServiceArea());
  }

  public static WorkforceRecords.CaseloadSnapshotResponse caseload(CaseloadSnapshot s) {
    return new WorkforceRecords.CaseloadSnapshotResponse(
        s.getId(),
        s.getTeam().getId(),
        s.getTeam().getCode(),
        s.getPeriod(),
        s.getWorkerReference(),
        s.getRole(),
        s.getEmployment(),
        plain(s.getFte()),
        s.getChildrenAllocated(),
        s.getSupervisionsDue(),
        s.getSupervisionsInTime(),
        s.getVersion());
  }

  /** The snapshot as a request body: what a merge patch is applied to. */
  public static WorkforceRecords.CaseloadSnapshotRequest request(CaseloadSnapshot s) {
    return new WorkforceRecords.CaseloadSnapshotRequest(
        s.getTeam().getId(),
        s.getPeriod(),
        s.getWorkerReference(),
        s.getRole(),
        s.getEmployment(),
        s.getFte(),
        s.getChildrenAllocated(),
        s.getSupervisionsDue(),
        s.getSupervisionsInTime());
  }

  public static CaseloadSnapshot.Details details(WorkforceRecords.CaseloadSnapshotRequest r) {
    return new CaseloadSnapshot.Details(
        r.month(),
        r.workerReference(),
        r.role(),
        r.employment(),
        r.fte(),
        r.childrenAllocated(),
        r.supervisionsDue(),
        r.supervisionsInTime());
  }

  public static WorkforceRecords.TeamSnapshotResponse team(TeamSnapshot s) {
    return new WorkforceRecords.TeamSnapshotResponse(
        s.getId(),
        s.getTeam().getId(),
        s.getTeam().getCode(),
        s.getPeriod(),
        plain(s.getEstablishmentFte()),
        plain(s.getVacantFte()),
        plain(s.getLeaversFte()),
        plain(s.getAgencyFte()),
        s.getVersion());
  }

  public static WorkforceRecords.TeamSnapshotRequest request(TeamSnapshot s) {
    return new WorkforceRecords.TeamSnapshotRequest(
        s.getTeam().getId(),
        s.getPeriod(),
        s.getEstablishmentFte(),
        s.getVacantFte(),
        s.getLeaversFte(),
        s.getAgencyFte());
  }

  public static TeamSnapshot.Details details(WorkforceRecords.TeamSnapshotRequest r) {
    return new TeamSnapshot.Details(
        r.month(), r.establishmentFte(), r.vacantFte(), r.leaversFte(), r.agencyFte());
  }

  /** FTE as clients read it: 0.5 not 0.50, 20 not 2E+1. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
