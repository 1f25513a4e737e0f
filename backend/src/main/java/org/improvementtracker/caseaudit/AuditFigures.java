package org.improvementtracker.caseaudit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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

/** Computes indicators 55-58 from the case audits, by the month each audit was completed. */
@ApplicationScoped
public class AuditFigures implements DerivedFigures {
  static final String COMPLETED = "AUDITS_COMPLETED";
  static final String WITHIN_TIMESCALE = "AUDITS_WITHIN_TIMESCALE";
  static final String GOOD_OR_BETTER = "AUDITS_GOOD_OR_BETTER";
  static final String INADEQUATE = "AUDITS_INADEQUATE";

  private static final Map<String, String> FORMULAS =
      Map.of(
          COMPLETED,
          "Case audits with a completion date in the month",
          WITHIN_TIMESCALE,
          "Audits completed in the month on or before their due date ÷ audits completed in the"
              + " month, × 100",
          GOOD_OR_BETTER,
          "Audits completed in the month with a moderated grade of good or outstanding ÷ audits"
              + " completed in the month with a moderated grade, × 100",
          INADEQUATE,
          "Audits completed in the month with a moderated grade of inadequate ÷ audits completed"
              + " in the month with a moderated grade, × 100");

  private static final Map<String, Function<List<AuditFormulas.Completed>, Optional<Ratio>>>
      RATIOS =
          Map.of(
              WITHIN_TIMESCALE, AuditFormulas::withinTimescale,
              GOOD_OR_BETTER, AuditFormulas::goodOrBetter,
              INADEQUATE, AuditFormulas::inadequate);

  @Inject EntityManager em;

  @Override
  public Optional<String> formula(String derivation) {
    return Optional.ofNullable(FORMULAS.get(derivation));
  }

  @Override
  public String source() {
    return "case audits (Audits page, /api/v1/audits)";
  }

  @Override
  public SortedMap<Period, Figure> compute(String derivation) {
    SortedMap<Period, Figure> figures = new TreeMap<>();
    completedByMonth()
        .forEach(
            (month, audits) -> {
              List<AuditFormulas.Completed> inputs =
                  audits.stream().map(AuditFigures::completed).toList();
              List<RecordLink> links = audits.stream().map(AuditFigures::link).toList();
              if (derivation.equals(COMPLETED)) {
                figures.put(
                    month,
                    new Figure(
                        BigDecimal.valueOf(AuditFormulas.completed(inputs)),
                        BigDecimal.valueOf(AuditFormulas.completed(inputs)),
                        null,
                        links));
              } else if (RATIOS.containsKey(derivation)) {
                RATIOS
                    .get(derivation)
                    .apply(inputs)
                    .ifPresent(
                        r ->
                            figures.put(
                                month,
                                new Figure(r.percent(), r.numerator(), r.denominator(), links)));
              }
            });
    return figures;
  }

  private SortedMap<Period, List<CaseAudit>> completedByMonth() {
    return new TreeMap<>(
        em.createQuery(
                "from CaseAudit a join fetch a.team where a.completedDate is not null"
                    + " order by a.completedDate, a.id",
                CaseAudit.class)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    a -> new Period(java.time.YearMonth.from(a.getCompletedDate())))));
  }

  private static AuditFormulas.Completed completed(CaseAudit a) {
    return new AuditFormulas.Completed(a.getCompletedDate(), a.getDueDate(), a.getModeratedGrade());
  }

  private static RecordLink link(CaseAudit a) {
    return new RecordLink(
        "audit",
        a.getId(),
        a.getCaseReference()
            + " ("
            + a.getTeam().getCode()
            + "), completed "
            + a.getCompletedDate()
            + (a.getModeratedGrade() == null ? "" : ", moderated " + a.getModeratedGrade()));
  }
}
