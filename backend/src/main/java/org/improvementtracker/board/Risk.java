package org.improvementtracker.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.improvementtracker.plan.Priority;

/** A risk raised in a meeting's highlight report, scored by likelihood and impact (1–5 each). */
@Entity
public class Risk {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  /** The priority it threatens; null for a risk to the plan as a whole. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "priority_id")
  private Priority priority;

  private String description;
  private int likelihood;
  private int impact;
  private String owner;
  private String mitigation;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Risk() {}

  public Risk(Meeting meeting, RiskDetails details, OffsetDateTime now) {
    this.meeting = meeting;
    this.createdAt = now;
    revise(details);
  }

  public void revise(RiskDetails details) {
    this.priority = details.priority();
    this.description = details.description();
    this.likelihood = details.likelihood();
    this.impact = details.impact();
    this.owner = details.owner();
    this.mitigation = details.mitigation();
  }

  /** Likelihood × impact, 1–25: how boards usually rank risks. */
  public int score() {
    return likelihood * impact;
  }

  public Long getId() {
    return id;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getDescription() {
    return description;
  }

  public int getLikelihood() {
    return likelihood;
  }

  public int getImpact() {
    return impact;
  }

  public String getOwner() {
    return owner;
  }

  public String getMitigation() {
    return mitigation;
  }

  public long getVersion() {
    return version;
  }
}
