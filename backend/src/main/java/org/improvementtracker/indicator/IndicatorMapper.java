package org.improvementtracker.indicator;

import java.util.List;

/** Turns the indicator feature's entities into the records the API sends, in one place. */
final class IndicatorMapper {
  private IndicatorMapper() {}

  /**
   * @param latest the indicator's latest figure, null when it has none
   */
  static IndicatorRecords.IndicatorResponse toResponse(
      Indicator i, IndicatorValue latest, List<IndicatorRecords.LinkedAction> actions) {
    TargetRule.Assessment assessment = i.assessment(latest == null ? null : latest.getValue());
    return new IndicatorRecords.IndicatorResponse(
        i.getId(),
        i.getPlan().getId(),
        i.getPriority() == null ? null : i.getPriority().getId(),
        i.getPriority() == null ? null : i.getPriority().getNumber(),
        i.getNumber(),
        i.getName(),
        i.getArea(),
        i.getAreaNote(),
        i.getUnit(),
        i.getBasis(),
        i.getPolarity(),
        target(i.getTarget()),
        i.getMtfp(),
        i.getFlags(),
        i.getDataStatus(),
        latest == null
            ? null
            : new IndicatorRecords.LatestValue(
                latest.getPeriod(), latest.getValue(), latest.getStatus()),
        i.getTrend(),
        assessment.status(),
        assessment.distance(),
        i.getDerivation(),
        i.getFormula(),
        actions,
        i.getVersion(),
        i.getUpdatedAt());
  }

  static IndicatorRecords.TargetBody target(Target target) {
    return new IndicatorRecords.TargetBody(
        target.getKind(), target.getValue(), target.getComparator());
  }

  /** The definition as a request body: what a merge patch is applied to. */
  static IndicatorRecords.IndicatorRequest request(Indicator i) {
    return new IndicatorRecords.IndicatorRequest(
        i.getPlan().getId(),
        i.getPriority() == null ? null : i.getPriority().getId(),
        i.getNumber(),
        i.getName(),
        i.getArea(),
        i.getAreaNote(),
        i.getUnit(),
        i.getBasis(),
        i.getPolarity(),
        target(i.getTarget()),
        i.getMtfp(),
        i.getFlags(),
        i.getDataStatus());
  }

  static IndicatorRecords.ValueResponse value(IndicatorValue v) {
    return new IndicatorRecords.ValueResponse(
        v.getPeriod(),
        v.getValue(),
        v.getNumerator(),
        v.getDenominator(),
        v.getStatus(),
        v.getEnteredBy(),
        v.getEnteredAt(),
        v.getRevisionCount(),
        v.getVersion());
  }

  static IndicatorRecords.UnavailableResponse unavailable(UnavailableFigure u) {
    return new IndicatorRecords.UnavailableResponse(
        u.getPeriod(), u.getReason(), u.getRecordedBy(), u.getRecordedAt(), u.getVersion());
  }

  static IndicatorRecords.RevisionResponse revision(ValueRevision r) {
    return new IndicatorRecords.RevisionResponse(
        r.getId(),
        r.getOldValue(),
        r.getNewValue(),
        r.getOldNumerator(),
        r.getNewNumerator(),
        r.getOldDenominator(),
        r.getNewDenominator(),
        r.getOldStatus(),
        r.getNewStatus(),
        r.getReason(),
        r.getChangedBy(),
        r.getChangedAt(),
        r.getBatchId());
  }

  static IndicatorRecords.BenchmarkBody benchmark(Benchmark b) {
    return new IndicatorRecords.BenchmarkBody(b.getComparator(), b.getPeriod(), b.getValue());
  }
}
