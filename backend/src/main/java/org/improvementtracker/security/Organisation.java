package org.improvementtracker.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The council that owns the plan, or a partner agency (police, health, education…). */
@Entity
public class Organisation {

  @Schema(name = "OrganisationKind")
  public enum Kind {
    COUNCIL,
    PARTNER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  protected Organisation() {}

  public Organisation(String name, Kind kind) {
    this.name = name;
    this.kind = kind;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Kind getKind() {
    return kind;
  }
}
