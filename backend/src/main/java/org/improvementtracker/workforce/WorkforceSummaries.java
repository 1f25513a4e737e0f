package org.improvementtracker.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.improvementtracker.common.Period;
import org.improvementtracker.indicator.Ratio;

/** A month's workforce picture per team: caseloads, their spread, and supervision timeliness. */
@ApplicationScoped
public class WorkforceSummaries {
  /** Caseload bands of five children; the last is open-ended. */
  static final int BAND = 5;

  static final int OPEN_BAND_FROM = 31;

  @Inject EntityManager em;

  public WorkforceRecords.WorkforceSummary summary(Period month) {
    Map<Long, List<CaseloadSnapshot>> workers =
        em.createQuery(
                "from CaseloadSnapshot s where s.period = :month order by s.id",
                CaseloadSnapshot.class)
            .setParameter("month", month)
            .getResultStream()
            .collect(Collectors.groupingBy(s -> s.getTeam().getId()));
    Map<Long, TeamSnapshot> posts =
        em.createQuery("from TeamSnapshot s where s.period = :month", TeamSnapshot.class)
            .setParameter("month", month)
            .getResultStream()
            .collect(Collectors.toMap(s -> s.getTeam().getId(), Function.identity()));
    List<WorkforceRecords.TeamSummary> teams =
        em.createQuery("from Team t order by t.name", Team.class)
            .getResultStream()
            .filter(t -> workers.containsKey(t.getId()) || posts.containsKey(t.getId()))
            .map(t -> team(t, workers.getOrDefault(t.getId(), List.of()), posts.get(t.getId())))
            .toList();
    return new WorkforceRecords.WorkforceSummary(month, teams);
  }

  static WorkforceRecords.TeamSummary team(
      Team team, List<CaseloadSnapshot> workers, TeamSnapshot posts) {
    int due = workers.stream().mapToInt(CaseloadSnapshot::getSupervisionsDue).sum();
    int inTime = workers.stream().mapToInt(CaseloadSnapshot::getSupervisionsInTime).sum();
    return new WorkforceRecords.TeamSummary(
        team.getId(),
        team.getCode(),
        team.getName(),
        workers.size(),
        workers.isEmpty()
            ? null
            : BigDecimal.valueOf(
                    workers.stream().mapToInt(CaseloadSnapshot::getChildrenAllocated).sum())
                .divide(BigDecimal.valueOf(workers.size()), 1, RoundingMode.HALF_UP),
        workers.stream()
            .map(CaseloadSnapshot::getChildrenAllocated)
            .max(Integer::compare)
            .orElse(null),
        (int)
            workers.stream()
                .filter(w -> w.getRole().isSocialWorker())
                .filter(w -> w.getChildrenAllocated() > WorkforceFormulas.CASELOAD_LIMIT)
                .count(),
        distribution(workers.stream().map(CaseloadSnapshot::getChildrenAllocated).toList()),
        due,
        inTime,
        Ratio.of(inTime, due).map(Ratio::percent).orElse(null),
        posts == null ? null : WorkforceMapper.team(posts));
  }

  /** Workers per band: 0-5, 6-10, …, 26-30, 31 or more. */
  static List<WorkforceRecords.CaseloadBand> distribution(List<Integer> caseloads) {
    List<WorkforceRecords.CaseloadBand> bands = new ArrayList<>();
    int from = 0;
    while (from < OPEN_BAND_FROM) {
      int to = from == 0 ? BAND : from + BAND - 1;
      int lo = from;
      bands.add(
          new WorkforceRecords.CaseloadBand(
              from, to, (int) caseloads.stream().filter(c -> c >= lo && c <= to).count()));
      from = to + 1;
    }
    bands.add(
        new WorkforceRecords.CaseloadBand(
            OPEN_BAND_FROM,
            null,
            (int) caseloads.stream().filter(c -> c >= OPEN_BAND_FROM).count()));
    return bands;
  }
}
