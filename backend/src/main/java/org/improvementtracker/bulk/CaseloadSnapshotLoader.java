package org.improvementtracker.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.improvementtracker.common.Period;
import org.improvementtracker.workforce.CaseloadSnapshot;
import org.improvementtracker.workforce.Employment;
import org.improvementtracker.workforce.Team;
import org.improvementtracker.workforce.WorkerRole;
import org.improvementtracker.workforce.WorkforceMapper;
import org.improvementtracker.workforce.WorkforceRecords.CaseloadSnapshotRequest;

/** The month's caseload snapshots in bulk (~150 workers): one row per worker, team and month. */
@ApplicationScoped
class CaseloadSnapshotLoader
    extends MonthEndLoader<CaseloadSnapshot, CaseloadSnapshotRequest, CaseloadSnapshot.Details> {

  CaseloadSnapshotLoader() {
    super(CaseloadSnapshot.class, CaseloadSnapshotRequest.class, "CASELOAD_SNAPSHOT");
  }

  @Override
  CaseloadSnapshotRequest request(Long teamId, Period month, Cells cells) {
    return new CaseloadSnapshotRequest(
        teamId,
        month,
        cells.text("workerReference"),
        cells.choice("role", WorkerRole.class),
        cells.choice("employment", Employment.class),
        cells.number("fte"),
        cells.whole("childrenAllocated"),
        cells.whole("supervisionsDue"),
        cells.whole("supervisionsInTime"));
  }

  @Override
  String key(CaseloadSnapshotRequest request) {
    return request.workerReference();
  }

  @Override
  String keyColumn() {
    return "workerReference";
  }

  @Override
  CaseloadSnapshot.Details check(CaseloadSnapshotRequest request) {
    return workforce.checkCaseload(request);
  }

  @Override
  CaseloadSnapshot find(Team team, Period month, CaseloadSnapshotRequest request) {
    return workforce.findCaseload(team, month, request.workerReference());
  }

  @Override
  CaseloadSnapshot create(Team team, CaseloadSnapshot.Details details, OffsetDateTime now) {
    return new CaseloadSnapshot(team, details, now);
  }

  /** A row that repeats what is entered changes nothing: 0.5 FTE is 0.50 FTE. */
  @Override
  boolean same(CaseloadSnapshot s, CaseloadSnapshot.Details d) {
    return s.getRole() == d.role()
        && s.getEmployment() == d.employment()
        && s.getFte().compareTo(d.fte()) == 0
        && s.getChildrenAllocated() == d.childrenAllocated()
        && s.getSupervisionsDue() == d.supervisionsDue()
        && s.getSupervisionsInTime() == d.supervisionsInTime();
  }

  @Override
  void revise(CaseloadSnapshot snapshot, CaseloadSnapshot.Details details, OffsetDateTime now) {
    snapshot.revise(snapshot.getTeam(), details, now);
  }

  @Override
  CaseloadSnapshotRequest requestOf(CaseloadSnapshot snapshot) {
    return WorkforceMapper.request(snapshot);
  }

  @Override
  Object responseOf(CaseloadSnapshot snapshot) {
    return WorkforceMapper.caseload(snapshot);
  }

  @Override
  String describe(CaseloadSnapshot s) {
    return "caseload snapshot of "
        + s.getWorkerReference()
        + " in "
        + s.getTeam().getCode()
        + " for "
        + s.getPeriod();
  }
}
