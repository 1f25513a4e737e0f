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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.User;

/** A board that holds the plan to account, and what reports to it. */
@Entity
public class Board {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private String name;
  private String chair;

  @Enumerated(EnumType.STRING)
  private Cadence cadence;

  private String purpose;

  /** Who prepares the board's papers: reminded when a report is due. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "secretary_user_id")
  private User secretary;

  @ManyToMany
  @JoinTable(
      name = "board_organisation",
      joinColumns = @JoinColumn(name = "board_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> organisations = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "board_priority",
      joinColumns = @JoinColumn(name = "board_id"),
      inverseJoinColumns = @JoinColumn(name = "priority_id"))
  private Set<Priority> priorities = new LinkedHashSet<>();

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Board() {}

  public Board(Plan plan, BoardDetails details, OffsetDateTime now) {
    this.plan = plan;
    this.createdAt = now;
    revise(details);
  }

  public void revise(BoardDetails details) {
    this.name = details.name();
    this.chair = details.chair();
    this.cadence = details.cadence();
    this.purpose = details.purpose();
    this.secretary = details.secretary();
    organisations.clear();
    organisations.addAll(details.organisations());
    priorities.clear();
    priorities.addAll(details.priorities());
  }

  /** A partner reads a board's reports only when its organisation sits on the board. */
  public boolean hasMember(Long organisationId) {
    return organisations.stream().anyMatch(o -> o.getId().equals(organisationId));
  }

  public Long getId() {
    return id;
  }

  public Plan getPlan() {
    return plan;
  }

  public String getName() {
    return name;
  }

  public String getChair() {
    return chair;
  }

  public Cadence getCadence() {
    return cadence;
  }

  public String getPurpose() {
    return purpose;
  }

  public User getSecretary() {
    return secretary;
  }

  public Set<Organisation> getOrganisations() {
    return organisations;
  }

  public Set<Priority> getPriorities() {
    return priorities;
  }

  public long getVersion() {
    return version;
  }
}
