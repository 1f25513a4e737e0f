package org.improvementtracker.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

  /** The council that owns the plan: the first council organisation. */
  public Optional<Organisation> council() {
    return find("kind = ?1 order by id", Organisation.Kind.COUNCIL).firstResultOptional();
  }
}
