package org.improvementtracker.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An improvement plan of one organisation; a council may run several (e.g. SEND and CSC). */
@Entity
public class Plan {

  @Schema(name = "PlanStatus")
  public enum Status {
    DRAFT,
    ACTIVE,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;
  private String organisation;
  private String period;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Plan() {}

  public Plan(String title, String organisation, String period) {
    this.title = title;
    this.organisation = organisation;
    this.period = period;
    this.status = Status.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getPeriod() {
    return period;
  }

  public Status getStatus() {
    return status;
  }
}
