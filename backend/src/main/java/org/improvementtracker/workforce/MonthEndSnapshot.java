package org.improvementtracker.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.improvementtracker.common.Period;

/** What every month-end snapshot has: the team and month it is of, its version and times. */
@MappedSuperclass
public abstract class MonthEndSnapshot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "team_id")
  private Team team;

  private Period period;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected MonthEndSnapshot() {}

  protected MonthEndSnapshot(OffsetDateTime now) {
    this.createdAt = now;
  }

  /** Places the snapshot at a team's month end, as of a change made {@code now}. */
  protected void place(Team team, Period month, OffsetDateTime now) {
    this.team = team;
    this.period = month;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Team getTeam() {
    return team;
  }

  public Period getPeriod() {
    return period;
  }

  public long getVersion() {
    return version;
  }
}
