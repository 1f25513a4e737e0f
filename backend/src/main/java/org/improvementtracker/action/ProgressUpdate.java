package org.improvementtracker.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated entry of an action's evidence of progress. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id")
  private Action action;

  @Column(name = "recorded_on")
  private LocalDate recordedOn;

  private String author;
  private String body;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected ProgressUpdate() {}

  ProgressUpdate(
      Action action, LocalDate recordedOn, String author, String body, OffsetDateTime createdAt) {
    this.action = action;
    this.recordedOn = recordedOn;
    this.author = author;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
