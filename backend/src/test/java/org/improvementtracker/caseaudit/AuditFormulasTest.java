package org.improvementtracker.caseaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.improvementtracker.indicator.Ratio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indicators 55-58 on small hand-computed months; "none" is no figure (never 0%). */
class AuditFormulasTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // audits completed in the month as completedDay:dueDay:moderatedGrade (- not moderated)
        // | 55 | 56 within timescale | 57 good or better | 58 inadequate
        "10:12:GOOD 15:12:INADEQUATE 3:3:OUTSTANDING 20:30:REQUIRES_IMPROVEMENT"
            + " | 4 | 3/4 = 75.0 | 2/4 = 50.0 | 1/4 = 25.0",
        // completed on the due date is within timescale
        "12:12:GOOD                                    | 1 | 1/1 = 100.0 | 1/1 = 100.0 | 0/1 = 0.0",
        // unmoderated audits count for 55 and 56 but not for 57 and 58
        "5:4:- 6:9:INADEQUATE                         | 2 | 1/2 = 50.0 | 0/1 = 0.0 | 1/1 = 100.0",
        "5:4:- 6:9:-                                   | 2 | 1/2 = 50.0 | none | none",
        // a month with no completed audits: a count of 0 is not shown either (no records)
        "-                                             | 0 | none | none | none",
      })
  void shouldComputeAuditFigures(
      String audits, long completed, String inTime, String goodOrBetter, String inadequate) {
    List<AuditFormulas.Completed> month = audits(audits);
    assertEquals(completed, AuditFormulas.completed(month));
    assertEquals(inTime, text(AuditFormulas.withinTimescale(month)));
    assertEquals(goodOrBetter, text(AuditFormulas.goodOrBetter(month)));
    assertEquals(inadequate, text(AuditFormulas.inadequate(month)));
  }

  private static List<AuditFormulas.Completed> audits(String text) {
    if (text.trim().equals("-")) {
      return List.of();
    }
    return Arrays.stream(text.trim().split("\\s+"))
        .map(a -> a.split(":"))
        .map(
            a ->
                new AuditFormulas.Completed(
                    LocalDate.of(2023, 5, Integer.parseInt(a[0])),
                    LocalDate.of(2023, 5, Integer.parseInt(a[1])),
                    a[2].equals("-") ? null : Grade.valueOf(a[2])))
        .toList();
  }

  private static String text(Optional<Ratio> ratio) {
    return ratio
        .map(r -> r.numerator() + "/" + r.denominator() + " = " + r.percent().toPlainString())
        .orElse("none");
  }
}
