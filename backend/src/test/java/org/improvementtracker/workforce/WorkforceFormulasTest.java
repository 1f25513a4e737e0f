package org.improvementtracker.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.improvementtracker.indicator.Ratio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indicators 59-67 on small hand-computed cases; "none" is no figure (never 0%). */
class WorkforceFormulasTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // workers as role:children:due:inTime | over 20 (n/d = %) | supervision in time
        "SW:21:4:4 SW:20:4:3 SW:25:2:1                 | 2/3 = 66.7  | 8/10 = 80.0",
        // assistants and managers are not social workers; their supervisions still count
        "SW:22:2:2 ASW:30:2:0 TM:0:0:0                  | 1/1 = 100.0 | 2/4 = 50.0",
        "SW:20:3:3 SSW:20:1:0                           | 0/2 = 0.0   | 3/4 = 75.0",
        // nothing due: no supervision figure; no social workers: no caseload figure
        "ASW:25:0:0                                     | none        | none",
        "AP:24:0:0                                      | 1/1 = 100.0 | none",
        // an empty month has no figures at all
        "-                                              | none        | none",
      })
  void shouldComputeCaseloadAndSupervisionFigures(
      String workers, String overTwenty, String inTime) {
    List<WorkforceFormulas.Worker> month = workers(workers);
    assertEquals(overTwenty, text(WorkforceFormulas.overTwenty(month)));
    assertEquals(inTime, text(WorkforceFormulas.supervisionsInTime(month)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // teams as establishment:vacant:leavers     | vacancy
        "20:4.6:0 10:2:1                             | 6.6/30 = 22.0",
        "12.5:0:0                                    | 0/12.5 = 0.0",
        "0:0:0                                       | none",
        "-                                           | none",
      })
  void shouldComputeVacancyAsVacantOverEstablishment(String teams, String vacancy) {
    assertEquals(vacancy, text(WorkforceFormulas.vacancy(posts(teams))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // twelve months, each one team establishment:vacant:leavers; months list as count*team
        // 12 months of 100 posts, 20 vacant (80 in post), 1 leaver a month: 12 / 80 = 15.0%
        "12*100:20:1                                  | 12/80 = 15.0",
        // in post averages (90*6 + 70*6)/12 = 80; leavers 6*0.5 + 6*1.5 = 12: 15.0%
        "6*100:10:0.5 6*100:30:1.5                    | 12/80 = 15.0",
        // fewer than twelve months of snapshots: no rolling twelve-month figure
        "11*100:20:1                                  | none",
        // a month inside the window without any snapshot: none
        "5*100:20:1 1*- 6*100:20:1                    | none",
        // nobody in post over the year: nothing to divide by
        "12*10:10:0                                   | none",
      })
  void shouldComputeTurnoverOverTwelveMonths(String months, String turnover) {
    List<List<WorkforceFormulas.Posts>> window = new ArrayList<>();
    for (String run : months.trim().split("\\s+")) {
      String[] parts = run.split("\\*");
      for (int i = 0; i < Integer.parseInt(parts[0]); i++) {
        window.add(posts(parts[1]));
      }
    }
    assertEquals(turnover, text(WorkforceFormulas.turnover(window)));
  }

  private static List<WorkforceFormulas.Worker> workers(String text) {
    if (text.trim().equals("-")) {
      return List.of();
    }
    return Arrays.stream(text.trim().split("\\s+"))
        .map(w -> w.split(":"))
        .map(
            w ->
                new WorkforceFormulas.Worker(
                    switch (w[0]) {
                      case "SW" -> WorkerRole.SOCIAL_WORKER;
                      case "SSW" -> WorkerRole.SENIOR_SOCIAL_WORKER;
                      case "AP" -> WorkerRole.ADVANCED_PRACTITIONER;
                      case "ASW" -> WorkerRole.ASSISTANT_SOCIAL_WORKER;
                      default -> WorkerRole.TEAM_MANAGER;
                    },
                    Integer.parseInt(w[1]),
                    Integer.parseInt(w[2]),
                    Integer.parseInt(w[3])))
        .toList();
  }

  private static List<WorkforceFormulas.Posts> posts(String text) {
    if (text.trim().equals("-")) {
      return List.of();
    }
    return Arrays.stream(text.trim().split("\\s+"))
        .map(t -> t.split(":"))
        .map(
            t ->
                new WorkforceFormulas.Posts(
                    new BigDecimal(t[0]), new BigDecimal(t[1]), new BigDecimal(t[2])))
        .toList();
  }

  /** "n/d = p", numerator and denominator without trailing zeros; "none" for no figure. */
  static String text(Optional<Ratio> ratio) {
    return ratio
        .map(
            r ->
                plain(r.numerator())
                    + "/"
                    + plain(r.denominator())
                    + " = "
                    + r.percent().toPlainString())
        .orElse("none");
  }

  private static String plain(BigDecimal value) {
    return WorkforceMapper.plain(value).toPlainString();
  }
}
