package org.improvementtracker.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A team of the service (Initial Response Team, MASH…), known by a short code such as IRT. */
@Entity
public class Team {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Column(name = "service_area")
  private String serviceArea;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Team() {}

  public Team(String code, String name, String serviceArea, OffsetDateTime now) {
    this.code = code;
    this.name = name;
    this.serviceArea = serviceArea;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getServiceArea() {
    return serviceArea;
  }

  public long getVersion() {
    return version;
  }
}
