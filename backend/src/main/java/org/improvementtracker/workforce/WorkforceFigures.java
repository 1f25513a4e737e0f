package org.improvementtracker.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.improvementtracker.common.Period;
import org.improvementtracker.indicator.DerivedFigures;
import org.improvementtracker.indicator.Ratio;

/** Computes indicators 59-67 from the caseload and team snapshots. */
@ApplicationScoped
public class WorkforceFigures implements DerivedFigures {
  static final String OVER_20 = "CASELOADS_OVER_20";
  static final String SUPERVISION_PREFIX = "SUPERVISION_IN_TIME:";
  static final String TURNOVER = "SOCIAL_WORKER_TURNOVER";
  static final String VACANCY = "SOCIAL_WORKER_VACANCY";

  @Inject EntityManager em;

  @Override
  public Optional<String> formula(String derivation) {
    if (derivation.startsWith(SUPERVISION_PREFIX)) {
      return Optional.of(
          "Case supervisions held in time ÷ case supervisions due, over all workers of team "
              + derivation.substring(SUPERVISION_PREFIX.length())
              + " in the month's caseload snapshots, × 100");
    }
    return Optional.ofNullable(
        switch (derivation) {
          case OVER_20 ->
              "Social workers (social worker, senior social worker, advanced practitioner) with"
                  + " more than 20 children allocated at the month end ÷ all social workers in the"
                  + " month's caseload snapshots, × 100";
          case TURNOVER ->
              "FTE leavers in the 12 months to the month end ÷ average FTE in post (establishment"
                  + " − vacant) over those 12 months, all teams, × 100 (DfE children's social work"
                  + " workforce census); needs team snapshots for each of the 12 months";
          case VACANCY ->
              "Vacant FTE ÷ establishment FTE at the month end, all teams, × 100 (DfE children's"
                  + " social work workforce census; a post covered by agency staff is vacant)";
          default -> null;
        });
  }

  @Override
  public String source() {
    return "workforce snapshots (Workforce page, /api/v1/caseload-snapshots and"
        + " /api/v1/team-snapshots)";
  }

  @Override
  public SortedMap<Period, Figure> compute(String derivation) {
    if (derivation.startsWith(SUPERVISION_PREFIX)) {
      String team = derivation.substring(SUPERVISION_PREFIX.length());
      return perMonth(
          workers(" where s.team.code = :team", team),
          rs -> WorkforceFormulas.supervisionsInTime(workers(rs)),
          WorkforceFigures::link);
    }
    return switch (derivation) {
      case OVER_20 ->
          perMonth(
              workers("", null),
              rs -> WorkforceFormulas.overTwenty(workers(rs)),
              WorkforceFigures::link);
      case VACANCY ->
          perMonth(teams(), rs -> WorkforceFormulas.vacancy(posts(rs)), WorkforceFigures::link);
      case TURNOVER -> turnover(teams());
      default -> new TreeMap<>();
    };
  }

  private SortedMap<Period, Figure> turnover(SortedMap<Period, List<TeamSnapshot>> byMonth) {
    SortedMap<Period, Figure> figures = new TreeMap<>();
    for (Period month : byMonth.keySet()) {
      List<List<WorkforceFormulas.Posts>> window = new ArrayList<>();
      List<RecordLink> links = new ArrayList<>();
      for (int back = WorkforceFormulas.TURNOVER_MONTHS - 1; back >= 0; back--) {
        List<TeamSnapshot> teams = byMonth.getOrDefault(month.minusMonths(back), List.of());
        window.add(posts(teams));
        teams.stream().map(WorkforceFigures::link).forEach(links::add);
      }
      WorkforceFormulas.turnover(window).ifPresent(r -> figures.put(month, figure(r, links)));
    }
    return figures;
  }

  private static <T> SortedMap<Period, Figure> perMonth(
      SortedMap<Period, List<T>> byMonth,
      Function<List<T>, Optional<Ratio>> formula,
      Function<T, RecordLink> link) {
    SortedMap<Period, Figure> figures = new TreeMap<>();
    byMonth.forEach(
        (month, records) ->
            formula
                .apply(records)
                .ifPresent(
                    r -> figures.put(month, figure(r, records.stream().map(link).toList()))));
    return figures;
  }

  private static List<WorkforceFormulas.Worker> workers(List<CaseloadSnapshot> snapshots) {
    return snapshots.stream().map(WorkforceFigures::worker).toList();
  }

  private static List<WorkforceFormulas.Posts> posts(List<TeamSnapshot> snapshots) {
    return snapshots.stream().map(WorkforceFigures::posts).toList();
  }

  private static Figure figure(Ratio ratio, List<RecordLink> links) {
    return new Figure(ratio.percent(), ratio.numerator(), ratio.denominator(), links);
  }

  static WorkforceFormulas.Worker worker(CaseloadSnapshot s) {
    return new WorkforceFormulas.Worker(
        s.getRole(), s.getChildrenAllocated(), s.getSupervisionsDue(), s.getSupervisionsInTime());
  }

  static WorkforceFormulas.Posts posts(TeamSnapshot s) {
    return new WorkforceFormulas.Posts(
        s.getEstablishmentFte(), s.getVacantFte(), s.getLeaversFte());
  }

  private static RecordLink link(CaseloadSnapshot s) {
    return new RecordLink(
        "caseload-snapshot",
        s.getId(),
        s.getTeam().getCode()
            + " "
            + s.getWorkerReference()
            + ": "
            + s.getChildrenAllocated()
            + " children, "
            + s.getSupervisionsInTime()
            + " of "
            + s.getSupervisionsDue()
            + " supervisions in time");
  }

  private static RecordLink link(TeamSnapshot s) {
    return new RecordLink(
        "team-snapshot",
        s.getId(),
        s.getTeam().getCode()
            + " "
            + s.getPeriod()
            + ": "
            + s.getVacantFte().toPlainString()
            + " of "
            + s.getEstablishmentFte().toPlainString()
            + " FTE vacant, "
            + s.getLeaversFte().toPlainString()
            + " FTE left");
  }

  private SortedMap<Period, List<CaseloadSnapshot>> workers(String where, String team) {
    var query =
        em.createQuery(
            "from CaseloadSnapshot s join fetch s.team" + where + " order by s.period, s.id",
            CaseloadSnapshot.class);
    if (team != null) {
      query.setParameter("team", team);
    }
    return byMonth(query.getResultList(), CaseloadSnapshot::getPeriod);
  }

  private SortedMap<Period, List<TeamSnapshot>> teams() {
    return byMonth(
        em.createQuery(
                "from TeamSnapshot s join fetch s.team order by s.period, s.id", TeamSnapshot.class)
            .getResultList(),
        TeamSnapshot::getPeriod);
  }

  private static <T> SortedMap<Period, List<T>> byMonth(List<T> rows, Function<T, Period> month) {
    Map<Period, List<T>> grouped = rows.stream().collect(Collectors.groupingBy(month));
    return new TreeMap<>(grouped);
  }
}
