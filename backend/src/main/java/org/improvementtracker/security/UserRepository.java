package org.improvementtracker.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

  /** Usernames are stored in lower case; the lookup is as forgiving as sign-in is. */
  public Optional<User> findByUsername(String username) {
    return find("username", username.trim().toLowerCase(Locale.ROOT)).firstResultOptional();
  }
}
