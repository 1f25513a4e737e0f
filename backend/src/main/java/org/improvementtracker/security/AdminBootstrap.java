package org.improvementtracker.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.FirstStart;
import org.improvementtracker.common.TrackerConfig;
import org.jboss.logging.Logger;

/**
 * Creates the {@code admin} account on first start: with ADMIN_PASSWORD when set, otherwise with a
 * random password written once to the log. Runs after the demo data, whose council it joins.
 */
@ApplicationScoped
public class AdminBootstrap {
  public static final String ADMIN_USERNAME = "admin";
  public static final int AFTER_DEMO_DATA = 20;
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  @Inject EntityManager em;
  @Inject UserRepository users;
  @Inject OrganisationRepository organisations;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject TrackerConfig config;
  @Inject Clock clock;

  @Transactional
  void onStart(@Observes @Priority(AFTER_DEMO_DATA) StartupEvent event) {
    FirstStart.lock(em); // another server starting now may be creating it
    if (users.findByUsername(ADMIN_USERNAME).isPresent()) {
      return;
    }
    boolean generated = config.adminPassword().filter(p -> !p.isBlank()).isEmpty();
    String password = generated ? Secrets.random(18) : config.adminPassword().get();
    if (password.length() < config.passwords().minLength()) {
      // Refuse to start rather than create an admin with a weak password.
      throw new IllegalStateException(
          "ADMIN_PASSWORD must be at least " + config.passwords().minLength() + " characters");
    }
    Organisation council = council();
    User admin =
        new User(
            ADMIN_USERNAME,
            "Administrator",
            council,
            Role.ADMIN,
            passwords.hash("ADMIN_PASSWORD", password),
            OffsetDateTime.now(clock));
    em.persist(admin);
    em.flush();
    audit.recordSystem(
        "USER_CREATED", "User", admin.getId(), Map.of("username", ADMIN_USERNAME, "role", "ADMIN"));
    if (generated) {
      LOG.warnf(
          "%n%n  Created the 'admin' account with the password: %s%n"
              + "  It is shown only this once. Set ADMIN_PASSWORD to choose it instead.%n",
          password);
    } else {
      LOG.info("Created the 'admin' account with the password from ADMIN_PASSWORD");
    }
  }

  private Organisation council() {
    return organisations
        .council()
        .orElseGet(
            () -> {
              Organisation created =
                  new Organisation(config.councilName(), Organisation.Kind.COUNCIL);
              em.persist(created);
              return created;
            });
  }
}
