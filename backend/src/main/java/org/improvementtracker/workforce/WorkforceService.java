package org.improvementtracker.workforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.Filters;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.MergePatcher;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.RequestChecker;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.indicator.DerivedIndicators;

/**
 * Teams and their month-end snapshots. Every change to a snapshot recomputes the indicators derived
 * from them in the same transaction, and is written to the audit trail.
 */
@ApplicationScoped
public class WorkforceService {

  @Inject EntityManager em;
  @Inject AuditLog audit;
  @Inject MergePatcher mergePatcher;
  @Inject DerivedIndicators derived;
  @Inject WorkforceFigures figures;
  @Inject Clock clock;
  @Inject RequestChecker requests;

  public List<WorkforceRecords.TeamResponse> teams() {
    return em.createQuery("from Team t order by t.name", Team.class)
        .getResultStream()
        .map(WorkforceMapper::team)
        .toList();
  }

  @Transactional
  public WorkforceRecords.TeamResponse createTeam(WorkforceRecords.TeamRequest request) {
    long taken =
        em.createQuery(
                "select count(t) from Team t where t.code = :code or lower(t.name) = lower(:name)",
                Long.class)
            .setParameter("code", request.code())
            .setParameter("name", request.name().trim())
            .getSingleResult();
    if (taken > 0) {
      throw new RuleViolationException(
          "A team with code " + request.code() + " or name " + request.name() + " exists");
    }
    Team team =
        new Team(request.code(), request.name().trim(), request.serviceArea().trim(), now());
    em.persist(team);
    em.flush();
    WorkforceRecords.TeamResponse created = WorkforceMapper.team(team);
    audit.record("TEAM_CREATED", "Team", team.getId(), null, created);
    return created;
  }

  public Page<WorkforceRecords.CaseloadSnapshotResponse> caseloads(
      Long teamId, Period month, PageRequest page) {
    return filters(teamId, month)
        .page(
            em,
            "CaseloadSnapshot s",
            "from CaseloadSnapshot s join fetch s.team",
            "s.period desc, s.team.name, s.workerReference",
            CaseloadSnapshot.class,
            page)
        .map(WorkforceMapper::caseload);
  }

  public WorkforceRecords.CaseloadSnapshotResponse caseload(Long id) {
    return WorkforceMapper.caseload(findCaseload(id));
  }

  @Transactional
  public WorkforceRecords.CaseloadSnapshotResponse createCaseload(
      WorkforceRecords.CaseloadSnapshotRequest request) {
    Team team = team(request.teamId());
    CaseloadSnapshot.Details details =
        WorkforceMapper.details(notInFuture(request.month(), request));
    requireFreeWorker(team, details, null);
    CaseloadSnapshot snapshot = new CaseloadSnapshot(team, details, now());
    em.persist(snapshot);
    return changed("CASELOAD_SNAPSHOT_CREATED", null, snapshot);
  }

  @Transactional
  public WorkforceRecords.CaseloadSnapshotResponse patchCaseload(
      Long id, String ifMatch, JsonNode patch) throws JsonProcessingException {
    CaseloadSnapshot snapshot = findCaseload(id);
    ETags.requireMatch(ifMatch, snapshot.getVersion());
    WorkforceRecords.CaseloadSnapshotResponse before = WorkforceMapper.caseload(snapshot);
    WorkforceRecords.CaseloadSnapshotRequest request =
        mergePatcher.patch(WorkforceMapper.request(snapshot), patch);
    Team team = team(request.teamId());
    CaseloadSnapshot.Details details =
        WorkforceMapper.details(notInFuture(request.month(), request));
    requireFreeWorker(team, details, id);
    snapshot.revise(team, details, now());
    return changed("CASELOAD_SNAPSHOT_UPDATED", before, snapshot);
  }

  @Transactional
  public void deleteCaseload(Long id, String ifMatch) {
    CaseloadSnapshot snapshot = findCaseload(id);
    ETags.requireMatch(ifMatch, snapshot.getVersion());
    WorkforceRecords.CaseloadSnapshotResponse before = WorkforceMapper.caseload(snapshot);
    em.remove(snapshot);
    em.flush();
    derived.refresh(figures);
    audit.record("CASELOAD_SNAPSHOT_DELETED", "CaseloadSnapshot", id, before, null);
  }

  public Page<WorkforceRecords.TeamSnapshotResponse> teamSnapshots(
      Long teamId, Period month, PageRequest page) {
    return filters(teamId, month)
        .page(
            em,
            "TeamSnapshot s",
            "from TeamSnapshot s join fetch s.team",
            "s.period desc, s.team.name",
            TeamSnapshot.class,
            page)
        .map(WorkforceMapper::team);
  }

  public WorkforceRecords.TeamSnapshotResponse teamSnapshot(Long id) {
    return WorkforceMapper.team(findTeamSnapshot(id));
  }

  @Transactional
  public WorkforceRecords.TeamSnapshotResponse createTeamSnapshot(
      WorkforceRecords.TeamSnapshotRequest request) {
    Team team = team(request.teamId());
    TeamSnapshot.Details details = WorkforceMapper.details(notInFuture(request.month(), request));
    requireFreeMonth(team, details.month(), null);
    TeamSnapshot snapshot = new TeamSnapshot(team, details, now());
    em.persist(snapshot);
    return changed("TEAM_SNAPSHOT_CREATED", null, snapshot);
  }

  @Transactional
  public WorkforceRecords.TeamSnapshotResponse patchTeamSnapshot(
      Long id, String ifMatch, JsonNode patch) throws JsonProcessingException {
    TeamSnapshot snapshot = findTeamSnapshot(id);
    ETags.requireMatch(ifMatch, snapshot.getVersion());
    WorkforceRecords.TeamSnapshotResponse before = WorkforceMapper.team(snapshot);
    WorkforceRecords.TeamSnapshotRequest request =
        mergePatcher.patch(WorkforceMapper.request(snapshot), patch);
    Team team = team(request.teamId());
    TeamSnapshot.Details details = WorkforceMapper.details(notInFuture(request.month(), request));
    requireFreeMonth(team, details.month(), id);
    snapshot.revise(team, details, now());
    return changed("TEAM_SNAPSHOT_UPDATED", before, snapshot);
  }

  @Transactional
  public void deleteTeamSnapshot(Long id, String ifMatch) {
    TeamSnapshot snapshot = findTeamSnapshot(id);
    ETags.requireMatch(ifMatch, snapshot.getVersion());
    WorkforceRecords.TeamSnapshotResponse before = WorkforceMapper.team(snapshot);
    em.remove(snapshot);
    em.flush();
    derived.refresh(figures);
    audit.record("TEAM_SNAPSHOT_DELETED", "TeamSnapshot", id, before, null);
  }

  /**
   * Checks a caseload snapshot as the single-record endpoints do, without writing it: the body's
   * constraints, a month that has come, and the snapshot's own rules. Bulk uploads check each row
   * with it; errors name the body's fields.
   */
  public CaseloadSnapshot.Details checkCaseload(WorkforceRecords.CaseloadSnapshotRequest request) {
    return WorkforceMapper.details(notInFuture(request.month(), requests.valid(request)));
  }

  /** Checks a team snapshot as {@link #checkCaseload} checks a caseload snapshot. */
  public TeamSnapshot.Details checkTeamSnapshot(WorkforceRecords.TeamSnapshotRequest request) {
    return WorkforceMapper.details(notInFuture(request.month(), requests.valid(request)));
  }

  /** The team's snapshot for this month, if one has been entered. */
  public TeamSnapshot findTeamSnapshot(Team team, Period month) {
    return em.createQuery(
            "from TeamSnapshot s where s.team = :team and s.period = :month", TeamSnapshot.class)
        .setParameter("team", team)
        .setParameter("month", month)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The snapshot of this worker in this team and month, if one has been entered. */
  public CaseloadSnapshot findCaseload(Team team, Period month, String workerReference) {
    return em.createQuery(
            "from CaseloadSnapshot s where s.team = :team and s.period = :month"
                + " and s.workerReference = :worker",
            CaseloadSnapshot.class)
        .setParameter("team", team)
        .setParameter("month", month)
        .setParameter("worker", workerReference)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Recomputes the indicators derived from snapshots: once after a whole batch of changes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refreshDerived() {
    em.flush();
    derived.refresh(figures);
  }

  private WorkforceRecords.CaseloadSnapshotResponse changed(
      String event, WorkforceRecords.CaseloadSnapshotResponse before, CaseloadSnapshot snapshot) {
    em.flush();
    derived.refresh(figures);
    WorkforceRecords.CaseloadSnapshotResponse after = WorkforceMapper.caseload(snapshot);
    audit.record(event, "CaseloadSnapshot", snapshot.getId(), before, after);
    return after;
  }

  private WorkforceRecords.TeamSnapshotResponse changed(
      String event, WorkforceRecords.TeamSnapshotResponse before, TeamSnapshot snapshot) {
    em.flush();
    derived.refresh(figures);
    WorkforceRecords.TeamSnapshotResponse after = WorkforceMapper.team(snapshot);
    audit.record(event, "TeamSnapshot", snapshot.getId(), before, after);
    return after;
  }

  private static Filters filters(Long teamId, Period month) {
    return new Filters()
        .and("s.team.id = :team", "team", teamId)
        .and("s.period = :month", "month", month);
  }

  private void requireFreeWorker(Team team, CaseloadSnapshot.Details details, Long except) {
    long taken =
        em.createQuery(
                "select count(s) from CaseloadSnapshot s where s.team = :team and s.period ="
                    + " :month and s.workerReference = :worker and s.id <> :except",
                Long.class)
            .setParameter("team", team)
            .setParameter("month", details.month())
            .setParameter("worker", details.workerReference())
            .setParameter("except", except == null ? -1L : except)
            .getSingleResult();
    if (taken > 0) {
      throw new RuleViolationException(
          team.getCode()
              + " already has a snapshot of "
              + details.workerReference()
              + " for "
              + details.month()
              + "; change that one instead");
    }
  }

  private void requireFreeMonth(Team team, Period month, Long except) {
    long taken =
        em.createQuery(
                "select count(s) from TeamSnapshot s where s.team = :team and s.period = :month"
                    + " and s.id <> :except",
                Long.class)
            .setParameter("team", team)
            .setParameter("month", month)
            .setParameter("except", except == null ? -1L : except)
            .getSingleResult();
    if (taken > 0) {
      throw new RuleViolationException(
          team.getCode() + " already has a snapshot for " + month + "; change that one instead");
    }
  }

  /** Snapshots are of month ends that have come; a later month is a typing slip. */
  private <T> T notInFuture(Period month, T request) {
    if (month.month().isAfter(YearMonth.now(clock))) {
      throw new InvalidInputException("month", "must not be in the future");
    }
    return request;
  }

  Team team(Long id) {
    Team team = em.find(Team.class, id);
    if (team == null) {
      throw new InvalidInputException("teamId", "no team has id " + id);
    }
    return team;
  }

  private CaseloadSnapshot findCaseload(Long id) {
    CaseloadSnapshot s = em.find(CaseloadSnapshot.class, id);
    if (s == null) {
      throw new NotFoundException("Caseload snapshot", id);
    }
    return s;
  }

  private TeamSnapshot findTeamSnapshot(Long id) {
    TeamSnapshot s = em.find(TeamSnapshot.class, id);
    if (s == null) {
      throw new NotFoundException("Team snapshot", id);
    }
    return s;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
