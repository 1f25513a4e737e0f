package org.improvementtracker.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.improvementtracker.indicator.Ratio;

/**
 * The formulas of indicators 59-67, as pure functions of one month's records (turnover: twelve
 * months'). No records, or nothing to divide by, gives no figure rather than 0%.
 */
final class WorkforceFormulas {
  /** Indicator 59 counts social workers with more than this many children. */
  static final int CASELOAD_LIMIT = 20;

  static final int TURNOVER_MONTHS = 12;

  private WorkforceFormulas() {}

  /** A worker's month end, as the formulas need it. */
  record Worker(WorkerRole role, int children, int supervisionsDue, int supervisionsInTime) {}

  /** A team's month end, as the formulas need it. */
  record Posts(BigDecimal establishmentFte, BigDecimal vacantFte, BigDecimal leaversFte) {
    BigDecimal filledFte() {
      return establishmentFte.subtract(vacantFte);
    }
  }

  /** 59: social workers with more than 20 children / social workers. */
  static Optional<Ratio> overTwenty(List<Worker> workers) {
    List<Worker> socialWorkers = workers.stream().filter(w -> w.role().isSocialWorker()).toList();
    long over = socialWorkers.stream().filter(w -> w.children() > CASELOAD_LIMIT).count();
    return Ratio.of(over, socialWorkers.size());
  }

  /**
   * 60-65: case supervisions held in time / case supervisions due, over all of a team's workers.
   */
  static Optional<Ratio> supervisionsInTime(List<Worker> workers) {
    return Ratio.of(
        workers.stream().mapToLong(Worker::supervisionsInTime).sum(),
        workers.stream().mapToLong(Worker::supervisionsDue).sum());
  }

  /** 67, as the DfE workforce census: vacant FTE / establishment FTE, over all teams. */
  static Optional<Ratio> vacancy(List<Posts> teams) {
    return Ratio.of(
        sum(teams.stream().map(Posts::vacantFte).toList()),
        sum(teams.stream().map(Posts::establishmentFte).toList()));
  }

  /**
   * 66, as the DfE workforce census: FTE leavers over the last twelve months / the average FTE in
   * post over those months. {@code months} are the twelve months ending with the month of the
   * figure, each with its teams' snapshots; a month without any leaves the figure undefined.
   */
  static Optional<Ratio> turnover(List<List<Posts>> months) {
    if (months.size() != TURNOVER_MONTHS || months.stream().anyMatch(List::isEmpty)) {
      return Optional.empty();
    }
    BigDecimal leavers = BigDecimal.ZERO;
    BigDecimal filled = BigDecimal.ZERO;
    for (List<Posts> month : months) {
      leavers = leavers.add(sum(month.stream().map(Posts::leaversFte).toList()));
      filled = filled.add(sum(month.stream().map(Posts::filledFte).toList()));
    }
    BigDecimal averageInPost =
        filled.divide(BigDecimal.valueOf(TURNOVER_MONTHS), 4, RoundingMode.HALF_UP);
    return Ratio.of(leavers, averageInPost);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
