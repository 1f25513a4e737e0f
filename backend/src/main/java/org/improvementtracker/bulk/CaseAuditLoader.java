package org.improvementtracker.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.improvementtracker.caseaudit.AuditType;
import org.improvementtracker.caseaudit.CaseAudit;
import org.improvementtracker.caseaudit.CaseAuditMapper;
import org.improvementtracker.caseaudit.CaseAuditRecords.CaseAuditRequest;
import org.improvementtracker.caseaudit.CaseAuditService;
import org.improvementtracker.caseaudit.Grade;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.workforce.Team;

/**
 * The month's case audits in bulk: each row is checked as {@code POST /audits} checks an audit, and
 * is identified by its case reference, audit date and type. A row that identifies no audit creates
 * one; a row that identifies one corrects it (team, auditor, grades, dates, themes, learning).
 * Indicators 55-58 are recomputed once for the whole batch. Recommendations are not part of a row:
 * they are tracked on the Audits page.
 */
@ApplicationScoped
class CaseAuditLoader extends RecordLoader<CaseAudit, CaseAuditRequest, CaseAuditLoader.Checked> {

  @Inject CaseAuditService audits;

  /** An audit's checked details and the team it is of. */
  record Checked(Team team, CaseAudit.Details details) {}

  CaseAuditLoader() {
    super(CaseAudit.class, CaseAuditRequest.class, "CASE_AUDIT");
  }

  Upload open(RowProblems problems) {
    return new AuditUpload(new TeamCodes(em), problems);
  }

  @Override
  Checked check(CaseAuditRequest request) {
    CaseAudit.Details details = audits.check(request);
    Team team = em.find(Team.class, request.teamId());
    if (team == null) {
      throw new InvalidInputException("teamId", "no team has id " + request.teamId());
    }
    return new Checked(team, details);
  }

  /** A row that repeats what is entered changes nothing; its identity is equal by construction. */
  @Override
  boolean same(CaseAudit a, Checked c) {
    CaseAudit.Details d = c.details();
    return a.getTeam().getId().equals(c.team().getId())
        && a.getAuditor().equals(d.auditor())
        && a.getGrade() == d.grade()
        && a.getModeratedGrade() == d.moderatedGrade()
        && a.getDueDate().equals(d.dueDate())
        && Objects.equals(a.getCompletedDate(), d.completedDate())
        && a.getThemes().equals(d.themes())
        && Objects.equals(a.getLearning(), d.learning());
  }

  @Override
  void revise(CaseAudit audit, Checked checked, OffsetDateTime now) {
    audit.revise(checked.team(), checked.details(), now);
  }

  @Override
  CaseAuditRequest requestOf(CaseAudit audit) {
    return CaseAuditMapper.request(audit);
  }

  @Override
  Object responseOf(CaseAudit audit) {
    return CaseAuditMapper.toResponse(audit, LocalDate.now(clock));
  }

  @Override
  String describe(CaseAudit a) {
    return "audit of "
        + a.getCaseReference()
        + " on "
        + a.getAuditDate()
        + " ("
        + a.getType()
        + ")";
  }

  @Override
  String addedSince(CaseAudit audit) {
    int recommendations = audit.getRecommendations().size();
    return recommendations == 0
        ? null
        : recommendations + " recommendation(s) recorded on it since";
  }

  @Override
  void refreshDerived() {
    audits.refreshDerived();
  }

  /** The upload of one request: checks each row and applies it to its audit as it is read. */
  private final class AuditUpload extends RecordUpload {
    private final TeamCodes teams;

    AuditUpload(TeamCodes teams, RowProblems problems) {
      super(problems);
      this.teams = teams;
    }

    @Override
    public void row(int line, Map<String, String> cells) {
      Cells read = new Cells(line, cells, problems);
      Team team = teams.team(line, cells.get("team"), problems);
      CaseAuditRequest request =
          new CaseAuditRequest(
              read.date("auditDate"),
              team == null ? null : team.getId(),
              read.text("auditor"),
              read.choice("type", AuditType.class),
              read.text("caseReference"),
              read.choice("grade", Grade.class),
              read.choice("moderatedGrade", Grade.class),
              read.date("dueDate"),
              read.date("completedDate"),
              read.list("themes"),
              read.text("learning"));
      if (problems.rejects(line)) {
        return;
      }
      Checked checked = checked(line, cells, request, CaseAuditLoader::column);
      if (checked == null
          || !first(
              line,
              request.caseReference() + "|" + request.auditDate() + "|" + request.type(),
              cells,
              "caseReference",
              "the same case, audit date and type")) {
        return;
      }
      List<CaseAudit> found =
          audits.find(request.caseReference(), request.auditDate(), request.type());
      if (found.size() > 1) {
        problems.error(
            line,
            "caseReference",
            request.caseReference(),
            "matches "
                + found.size()
                + " audits of this case on this date and type (ids "
                + found.stream().map(a -> String.valueOf(a.getId())).toList()
                + "): correct them on the Audits page, where each has its own id");
        return;
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      stage(
          found.isEmpty() ? null : found.get(0),
          () -> new CaseAudit(checked.team(), checked.details(), now),
          checked,
          now);
    }
  }

  /** The column of a request field: teamId is read from team, themes[0] from themes. */
  private static String column(String field) {
    if ("teamId".equals(field)) {
      return "team";
    }
    int index = field.indexOf('[');
    return index < 0 ? field : field.substring(0, index);
  }
}
