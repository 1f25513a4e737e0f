package org.improvementtracker.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.improvementtracker.common.Period;
import org.improvementtracker.workforce.Team;
import org.improvementtracker.workforce.TeamSnapshot;
import org.improvementtracker.workforce.WorkforceMapper;
import org.improvementtracker.workforce.WorkforceRecords.TeamSnapshotRequest;

/** The month's team snapshots in bulk: one row per team and month (posts, vacancies, leavers). */
@ApplicationScoped
class TeamSnapshotLoader
    extends MonthEndLoader<TeamSnapshot, TeamSnapshotRequest, TeamSnapshot.Details> {

  TeamSnapshotLoader() {
    super(TeamSnapshot.class, TeamSnapshotRequest.class, "TEAM_SNAPSHOT");
  }

  @Override
  TeamSnapshotRequest request(Long teamId, Period month, Cells cells) {
    return new TeamSnapshotRequest(
        teamId,
        month,
        cells.number("establishmentFte"),
        cells.number("vacantFte"),
        cells.number("leaversFte"),
        cells.number("agencyFte"));
  }

  @Override
  String key(TeamSnapshotRequest request) {
    return "";
  }

  @Override
  String keyColumn() {
    return "team";
  }

  @Override
  TeamSnapshot.Details check(TeamSnapshotRequest request) {
    return workforce.checkTeamSnapshot(request);
  }

  @Override
  TeamSnapshot find(Team team, Period month, TeamSnapshotRequest request) {
    return workforce.findTeamSnapshot(team, month);
  }

  @Override
  TeamSnapshot create(Team team, TeamSnapshot.Details details, OffsetDateTime now) {
    return new TeamSnapshot(team, details, now);
  }

  /** A row that repeats what is entered changes nothing: 12.5 FTE is 12.50 FTE. */
  @Override
  boolean same(TeamSnapshot s, TeamSnapshot.Details d) {
    return s.getEstablishmentFte().compareTo(d.establishmentFte()) == 0
        && s.getVacantFte().compareTo(d.vacantFte()) == 0
        && s.getLeaversFte().compareTo(d.leaversFte()) == 0
        && s.getAgencyFte().compareTo(d.agencyFte()) == 0;
  }

  @Override
  void revise(TeamSnapshot snapshot, TeamSnapshot.Details details, OffsetDateTime now) {
    snapshot.revise(snapshot.getTeam(), details, now);
  }

  @Override
  TeamSnapshotRequest requestOf(TeamSnapshot snapshot) {
    return WorkforceMapper.request(snapshot);
  }

  @Override
  Object responseOf(TeamSnapshot snapshot) {
    return WorkforceMapper.team(snapshot);
  }

  @Override
  String describe(TeamSnapshot s) {
    return "team snapshot of " + s.getTeam().getCode() + " for " + s.getPeriod();
  }
}
