package org.improvementtracker.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.improvementtracker.common.RuleViolationException;

/** A meeting of a board: planned, then held with its attendees, minutes and decisions. */
@Entity
public class Meeting {

  public enum Status {
    PLANNED,
    HELD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "board_id")
  private Board board;

  @Column(name = "held_on")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  private Status status;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private String[] attendees;

  private String minutes;
  private String decisions;

  /** The highlight report's overall summary, written by an editor. */
  private String summary;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Meeting() {}

  public Meeting(Board board, MeetingDetails details, OffsetDateTime now) {
    this.board = board;
    this.createdAt = now;
    this.summary = "";
    revise(details, now);
  }

  /** A meeting can only be recorded as held once its date has come. */
  public void revise(MeetingDetails details, OffsetDateTime now) {
    if (details.status() == Status.HELD && details.date().isAfter(now.toLocalDate())) {
      throw new RuleViolationException(
          "A meeting on " + details.date() + " cannot have been held yet: keep it PLANNED");
    }
    this.date = details.date();
    this.status = details.status();
    this.attendees = details.attendees().toArray(String[]::new);
    this.minutes = details.minutes();
    this.decisions = details.decisions();
    this.updatedAt = now;
  }

  public void summarise(String summary, OffsetDateTime now) {
    this.summary = summary;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Board getBoard() {
    return board;
  }

  public LocalDate getDate() {
    return date;
  }

  public Status getStatus() {
    return status;
  }

  public List<String> getAttendees() {
    return List.of(attendees);
  }

  public String getMinutes() {
    return minutes;
  }

  public String getDecisions() {
    return decisions;
  }

  public String getSummary() {
    return summary;
  }

  public long getVersion() {
    return version;
  }
}
