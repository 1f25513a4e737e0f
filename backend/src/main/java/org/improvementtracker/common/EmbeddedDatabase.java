package org.improvementtracker.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from bundled binaries, for machines that have no database of their
 * own: {@code make run} keeps its data in a directory so that it survives restarts, and tests use a
 * throw-away one. Production points {@code QUARKUS_DATASOURCE_JDBC_URL} at an external server
 * instead.
 *
 * <p>It is a system of record, so it runs with durable settings (every commit on disk before it is
 * acknowledged); only tests ask for the fast, unsafe ones. A server left running by a process that
 * was killed is stopped before starting, and {@link #watch} restarts the server if it dies.
 */
public final class EmbeddedDatabase {
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
  private static final String USER = "postgres";
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

  /** How much a commit may be trusted to survive a crash. */
  public enum Durability {
    /** fsync, synchronous commit and full-page writes on: what a system of record needs. */
    DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),
    /** The library's speed settings, for throw-away test databases only. */
    FAST_FOR_TESTS(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));

    final Map<String, String> settings;

    Durability(Map<String, String> settings) {
      this.settings = settings;
    }
  }

  private final Path dataDirectory;
  private final Durability durability;
  private volatile EmbeddedPostgres postgres;
  private volatile Thread watchdog;

  private EmbeddedDatabase(Path dataDirectory, Durability durability, EmbeddedPostgres postgres) {
    this.dataDirectory = dataDirectory;
    this.durability = durability;
    this.postgres = postgres;
  }

  /** Starts (or re-opens) the database whose files live in {@code dataDirectory}, durably. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    return start(dataDirectory, Durability.DURABLE);
  }

  public static EmbeddedDatabase start(Path dataDirectory, Durability durability) {
    try {
      Files.createDirectories(dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + dataDirectory, e);
    }
    stopOrphan(dataDirectory);
    return new EmbeddedDatabase(dataDirectory, durability, launch(dataDirectory, durability, 0));
  }

  private static EmbeddedPostgres launch(Path dataDirectory, Durability durability, int port) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("listen_addresses", "localhost");
      durability.settings.forEach(builder::setServerConfig);
      if (port > 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  /**
   * A server still running on this data directory belongs to an earlier run of ours that was killed
   * (its lock would stop a new server starting): stop it, cleanly, before starting again.
   */
  static void stopOrphan(Path dataDirectory) {
    Optional<ProcessHandle> orphan = postmaster(dataDirectory);
    if (orphan.isEmpty()) {
      return;
    }
    long pid = orphan.get().pid();
    LOG.warnf(
        "A PostgreSQL server (pid %d) left by an earlier run still holds %s: stopping it",
        pid, dataDirectory);
    signal(pid, "INT"); // fast shutdown: ends its sessions, writes a checkpoint
    Instant deadline = Instant.now().plus(ORPHAN_STOP_WAIT);
    while (orphan.get().isAlive() && Instant.now().isBefore(deadline)) {
      sleep(Duration.ofMillis(200));
    }
    if (orphan.get().isAlive()) {
      LOG.warnf("PostgreSQL (pid %d) did not stop in time: killing it", pid);
      orphan.get().destroyForcibly();
      sleep(Duration.ofSeconds(1));
    }
  }

  /** The live postmaster named by the data directory's postmaster.pid, if it is a postgres. */
  static Optional<ProcessHandle> postmaster(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void signal(long pid, String signal) {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
          .redirectErrorStream(true)
          .start()
          .waitFor();
    } catch (IOException e) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Checks every {@code interval} that the server is still running, and starts it again (same data,
   * same port, so the connection pool finds it) when it is not.
   */
  public synchronized void watch(Duration interval) {
    if (watchdog != null) {
      return;
    }
    watchdog =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                sleep(interval);
                if (!Thread.currentThread().isInterrupted()
                    && postmaster(dataDirectory).isEmpty()) {
                  restart();
                }
              }
            },
            "embedded-postgres-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private synchronized void restart() {
    int port = postgres.getPort();
    LOG.errorf("The embedded PostgreSQL has stopped: starting it again on port %d", port);
    try {
      postgres.close(); // releases the library's lock on the data directory
    } catch (IOException | RuntimeException e) {
      LOG.debug("Closing the stopped server", e);
    }
    try {
      stopOrphan(dataDirectory);
      // A failed start attempt keeps the library's lock on the old lock file: start from a new one.
      Files.deleteIfExists(dataDirectory.resolve("epg-lock"));
      postgres = launch(dataDirectory, durability, port);
      LOG.info("The embedded PostgreSQL is running again");
    } catch (IOException | RuntimeException e) {
      LOG.error("Could not restart the embedded PostgreSQL; trying again shortly", e);
    }
  }

  /** The process id of the server running on {@code dataDirectory}, if one is. */
  public static Optional<Long> serverPid(Path dataDirectory) {
    return postmaster(dataDirectory).map(ProcessHandle::pid);
  }

  /** The datasource settings Quarkus needs to reach this server. */
  public Map<String, String> datasourceConfig() {
    return Map.of(
        "quarkus.datasource.jdbc.url",
        postgres.getJdbcUrl(USER, "postgres"),
        "quarkus.datasource.username",
        USER,
        "quarkus.datasource.password",
        "");
  }

  public void stop() {
    Thread dog = watchdog;
    if (dog != null) {
      dog.interrupt();
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
