package org.improvementtracker.bulk;

import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.improvementtracker.common.Period;
import org.improvementtracker.workforce.MonthEndSnapshot;
import org.improvementtracker.workforce.Team;
import org.improvementtracker.workforce.WorkforceService;

/**
 * Month-end workforce snapshots in bulk: each row names a team by its code and a month, is checked
 * as a single snapshot is by {@link WorkforceService}, and then creates the snapshot or corrects
 * the one entered; the derived workforce indicators are recomputed once for the whole batch. Each
 * kind of snapshot says how its row becomes a request body and how its entity is found.
 *
 * @param <S> the snapshot
 * @param <Q> its request body, as the single-record endpoints take it
 * @param <D> its checked details
 */
abstract class MonthEndLoader<S extends MonthEndSnapshot, Q, D> extends RecordLoader<S, Q, D> {

  @Inject WorkforceService workforce;

  MonthEndLoader(Class<S> type, Class<Q> requestType, String events) {
    super(type, requestType, events);
  }

  /** The row's other cells as a request body for this team and month; bad cells are row errors. */
  abstract Q request(Long teamId, Period month, Cells cells);

  /** What tells two rows of one team and month apart ("" when a team has one per month). */
  abstract String key(Q request);

  /** The column the key is read from, for the error of a repeated row. */
  abstract String keyColumn();

  abstract S find(Team team, Period month, Q request);

  abstract S create(Team team, D details, OffsetDateTime now);

  @Override
  void refreshDerived() {
    workforce.refreshDerived();
  }

  Upload open(RowProblems problems) {
    return new SnapshotUpload(new TeamCodes(em), problems);
  }

  /** The upload of one request: checks each row and applies it to its snapshot as it is read. */
  private final class SnapshotUpload extends RecordUpload {
    private final TeamCodes teams;

    SnapshotUpload(TeamCodes teams, RowProblems problems) {
      super(problems);
      this.teams = teams;
    }

    @Override
    public void row(int line, Map<String, String> cells) {
      Team team = teams.team(line, cells.get("team"), problems);
      Period month = month(line, cells.get("month"));
      Q request =
          request(team == null ? null : team.getId(), month, new Cells(line, cells, problems));
      if (problems.rejects(line)) {
        return;
      }
      D details = checked(line, cells, request, f -> "teamId".equals(f) ? "team" : f);
      if (details == null
          || !first(
              line,
              team.getCode() + "|" + month + "|" + key(request),
              cells,
              keyColumn(),
              "the same team and month")) {
        return;
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      stage(find(team, month, request), () -> create(team, details, now), details, now);
    }

    private Period month(int line, String text) {
      if (text == null) {
        return null;
      }
      try {
        return Period.of(text);
      } catch (IllegalArgumentException e) {
        problems.error(line, "month", text, e.getMessage());
        return null;
      }
    }
  }
}
