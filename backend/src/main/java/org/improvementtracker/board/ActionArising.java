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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.improvementtracker.security.User;

/**
 * Something a board asked someone to do at a meeting, tracked across the board's later meetings
 * until it is done or dropped.
 */
@Entity
@Table(name = "action_arising")
public class ActionArising {

  public enum Status {
    OPEN,
    DONE,
    DROPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  private String body;

  /** The owner as the minutes name them. */
  private String owner;

  /** The owner's account, when they have one: the item then appears in their "My work". */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_user_id")
  private User ownerUser;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected ActionArising() {}

  public ActionArising(
      Meeting meeting,
      String body,
      String owner,
      User ownerUser,
      LocalDate dueDate,
      OffsetDateTime now) {
    this.meeting = meeting;
    this.status = Status.OPEN;
    this.createdAt = now;
    revise(body, owner, ownerUser, dueDate);
  }

  public void revise(String body, String owner, User ownerUser, LocalDate dueDate) {
    this.body = body;
    this.owner = owner;
    this.ownerUser = ownerUser;
    this.dueDate = dueDate;
  }

  /** Closing records the day; reopening clears it. */
  public void changeStatus(Status to, LocalDate today) {
    this.status = to;
    this.closedOn = to == Status.OPEN ? null : today;
  }

  public boolean isOverdue(LocalDate today) {
    return status == Status.OPEN && dueDate != null && dueDate.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public String getBody() {
    return body;
  }

  public String getOwner() {
    return owner;
  }

  public User getOwnerUser() {
    return ownerUser;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public long getVersion() {
    return version;
  }
}
