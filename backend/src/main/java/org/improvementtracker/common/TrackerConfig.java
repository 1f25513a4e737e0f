package org.improvementtracker.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The product's own settings; application.properties maps each to its environment variable. */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

  /** Load the demo plan (and demo accounts) into an empty database on first start. */
  boolean demoData();

  /** The first admin's password; when unset a random one is generated and logged once. */
  Optional<String> adminPassword();

  /** The council's name, for the organisation the first admin belongs to. */
  @WithDefault("Council")
  String councilName();

  Session session();

  Passwords passwords();

  Tokens tokens();

  Sso sso();

  Limits limits();

  /** Request limits below the HTTP decoder's own, so that a refusal is a problem document. */
  interface Limits {
    /** The largest body of any request but a bulk upload (those may reach the decoder's limit). */
    @WithDefault("10M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();
  }

  /** Optional single sign-on through an OpenID Connect provider (the quarkus.oidc.* settings). */
  interface Sso {
    @WithDefault("false")
    boolean enabled();

    /**
     * Provider roles or groups to our roles, e.g. "Tracker.Editors=EDITOR,Tracker.Board=VIEWER". A
     * user with none of them is refused; with several, the widest role wins.
     */
    Optional<String> roleMap();
  }

  interface Session {
    @WithDefault("30M")
    Duration idleTimeout();

    @WithDefault("12H")
    Duration absoluteTimeout();

    /** Mark cookies Secure; on in production behind HTTPS. */
    @WithDefault("false")
    boolean secureCookies();
  }

  interface Passwords {
    @WithDefault("12")
    int minLength();

    /** bcrypt cost: each step doubles the work of a guess. */
    @WithDefault("12")
    int bcryptCost();
  }

  interface Tokens {
    @WithDefault("90D")
    Duration defaultLifetime();

    @WithDefault("366D")
    Duration maxLifetime();
  }
}
