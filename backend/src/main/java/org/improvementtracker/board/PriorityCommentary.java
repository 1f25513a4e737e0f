package org.improvementtracker.board;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An editor's progress and challenges for one priority in one meeting's highlight report. */
@Entity
@Table(name = "priority_commentary")
public class PriorityCommentary {

  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "priority_id")
    private Long priorityId;

    protected Key() {}

    Key(Long meetingId, Long priorityId) {
      this.meetingId = meetingId;
      this.priorityId = priorityId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(meetingId, k.meetingId)
          && Objects.equals(priorityId, k.priorityId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(meetingId, priorityId);
    }
  }

  @EmbeddedId private Key key;

  private String progress;
  private String challenges;

  protected PriorityCommentary() {}

  public PriorityCommentary(Long meetingId, Long priorityId) {
    this.key = new Key(meetingId, priorityId);
    this.progress = "";
    this.challenges = "";
  }

  public void write(String progress, String challenges) {
    this.progress = progress;
    this.challenges = challenges;
  }

  public Long getPriorityId() {
    return key.priorityId;
  }

  public String getProgress() {
    return progress;
  }

  public String getChallenges() {
    return challenges;
  }
}
