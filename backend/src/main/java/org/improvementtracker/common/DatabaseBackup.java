package org.improvementtracker.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Backs the database up into a {@code pg_dump --format=custom} file, and restores such a file into
 * an empty database, for both an external PostgreSQL (reached by its JDBC URL) and the embedded one
 * (reached through its data directory, running or not). Uses PostgreSQL's own {@code pg_dump} and
 * {@code pg_restore} (from {@code PG_BIN}, else the {@code PATH}); they must be of the server's
 * major version or newer.
 *
 * <p>A restore never overwrites: it refuses a database that holds any table, and a data directory
 * that holds anything, so a slip of the finger cannot replace the live plan with an old one.
 */
public final class DatabaseBackup {
  private DatabaseBackup() {}

  /** A PostgreSQL server and database, as the app's datasource reaches it. */
  public record Server(String jdbcUrl, String user, String password) {
    public static Server of(Map<String, String> datasourceConfig) {
      return new Server(
          datasourceConfig.get("quarkus.datasource.jdbc.url"),
          datasourceConfig.get("quarkus.datasource.username"),
          datasourceConfig.get("quarkus.datasource.password"));
    }
  }

  /** A backup or restore that cannot go ahead, with a message meant for the operator. */
  public static final class BackupException extends RuntimeException {
    public BackupException(String message) {
      super(message);
    }
  }

  /** Dumps the server's database into {@code file} (written whole or not at all). */
  public static void backup(Server server, Path file) {
    Path absolute = file.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    try {
      Files.createDirectories(absolute.getParent());
      run(server, "pg_dump", "--format=custom", "--file=" + partial);
      Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + absolute, e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // nothing more to tidy
      }
    }
  }

  /** Restores {@code file} into the server's database, which must hold no table yet. */
  public static void restore(Server server, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BackupException("No backup file at " + file.toAbsolutePath());
    }
    int tables = countTables(server);
    if (tables > 0) {
      throw new BackupException(
          "Refusing to restore: the database at "
              + server.jdbcUrl()
              + " is not empty ("
              + tables
              + " tables). Restore into a new, empty database.");
    }
    // One transaction: a restore that fails half way leaves the database as empty as it was.
    run(
        server,
        "pg_restore",
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        "--dbname=" + libpqEnvironment(server).get("PGDATABASE"),
        file.toAbsolutePath().toString());
  }

  /** Backs up the embedded database, whether the app is running on it (hot) or not. */
  public static void backupEmbedded(Path dataDirectory, Path file) {
    if (!Files.isRegularFile(dataDirectory.resolve("PG_VERSION"))) {
      throw new BackupException("No database in " + dataDirectory + " to back up");
    }
    Optional<Integer> runningPort = runningPort(dataDirectory);
    if (runningPort.isPresent()) {
      backup(
          new Server(
              "jdbc:postgresql://localhost:" + runningPort.get() + "/postgres", "postgres", ""),
          file);
    } else {
      onStartedServer(dataDirectory, server -> backup(server, file));
    }
  }

  /** Restores into a new embedded database in {@code dataDirectory}, which must be empty. */
  public static void restoreEmbedded(Path dataDirectory, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BackupException("No backup file at " + file.toAbsolutePath());
    }
    if (!isEmptyDirectory(dataDirectory)) {
      throw new BackupException(
          "Refusing to restore: "
              + dataDirectory
              + " is not empty. Restore into a new data directory (set DATA_DIR), or move this one"
              + " away first.");
    }
    try {
      onStartedServer(dataDirectory, server -> restore(server, file));
    } catch (RuntimeException e) {
      deleteRecursively(dataDirectory); // empty as it was, so the restore can simply be tried again
      throw e;
    }
  }

  private static void onStartedServer(Path dataDirectory, Consumer<Server> work) {
    EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
    try {
      work.accept(Server.of(database.datasourceConfig()));
    } finally {
      database.stop();
    }
  }

  private static Optional<Integer> runningPort(Path dataDirectory) {
    if (EmbeddedDatabase.postmaster(dataDirectory).isEmpty()) {
      return Optional.empty();
    }
    try {
      // postmaster.pid: pid, data directory, start time, port, ...
      List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
      return lines.size() > 3 && lines.get(3).trim().matches("\\d+")
          ? Optional.of(Integer.parseInt(lines.get(3).trim()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isEmptyDirectory(Path directory) {
    if (!Files.exists(directory)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int countTables(Server server) {
    try (Connection c =
            DriverManager.getConnection(
                server.jdbcUrl(),
                server.user(),
                server.password() == null ? "" : server.password());
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where c.relkind in ('r', 'p', 'v', 'm', 'S')"
                    + " and n.nspname not in ('pg_catalog', 'information_schema')"
                    + " and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new BackupException(
          "Could not reach the database at " + server.jdbcUrl() + ": " + e.getMessage());
    }
  }

  /** Runs a PostgreSQL client tool against the server, connection details in its environment. */
  private static void run(Server server, String tool, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable(tool));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(libpqEnvironment(server));
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        String hint =
            output.contains("version mismatch")
                ? "\nUse " + tool + " of the server's major version or newer (set PG_BIN)."
                : "";
        throw new BackupException(tool + " failed:\n" + output.strip() + hint);
      }
    } catch (IOException e) {
      throw new BackupException("Could not run " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(tool + " was interrupted");
    }
  }

  private static String executable(String tool) {
    String bin = System.getenv("PG_BIN");
    if (bin != null && !bin.isBlank()) {
      return Path.of(bin, tool).toString();
    }
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return Path.of(dir, tool).toString();
      }
    }
    throw new BackupException(
        tool
            + " not found: install PostgreSQL's client tools of the server's major version or newer"
            + " (Debian: apt-get install postgresql-client), or set PG_BIN to their directory");
  }

  /**
   * The JDBC URL ({@code jdbc:postgresql://host[:port][,host2...]/database?sslmode=...}) as libpq
   * environment variables, which keeps the password off the command line.
   */
  static Map<String, String> libpqEnvironment(Server server) {
    String url = server.jdbcUrl();
    String prefix = "jdbc:postgresql://";
    if (url == null || !url.startsWith(prefix)) {
      throw new BackupException("Not a PostgreSQL JDBC URL: " + url);
    }
    String rest = url.substring(prefix.length());
    String query = "";
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }
    int slash = rest.indexOf('/');
    String hostsAndPorts = slash >= 0 ? rest.substring(0, slash) : rest;
    String database = slash >= 0 ? rest.substring(slash + 1) : "";
    List<String> hosts = new ArrayList<>();
    List<String> ports = new ArrayList<>();
    for (String hostPort : hostsAndPorts.split(",")) {
      int colon = hostPort.lastIndexOf(':');
      boolean hasPort = colon > 0 && !hostPort.endsWith("]");
      hosts.add(hasPort ? hostPort.substring(0, colon) : hostPort);
      ports.add(hasPort ? hostPort.substring(colon + 1) : "5432");
    }
    Map<String, String> env = new HashMap<>();
    env.put("PGHOST", String.join(",", hosts));
    env.put("PGPORT", String.join(",", ports));
    env.put("PGDATABASE", database.isEmpty() ? "postgres" : decode(database));
    Map<String, String> libpqNames =
        Map.of(
            "user", "PGUSER",
            "password", "PGPASSWORD",
            "sslmode", "PGSSLMODE",
            "sslrootcert", "PGSSLROOTCERT",
            "sslcert", "PGSSLCERT",
            "sslkey", "PGSSLKEY",
            "connectTimeout", "PGCONNECT_TIMEOUT");
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && libpqNames.containsKey(pair.substring(0, equals))) {
        env.put(libpqNames.get(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
      }
    }
    if (query.matches("(^|.*&)ssl=true(&.*|$)")) {
      env.putIfAbsent("PGSSLMODE", "require");
    }
    if (server.user() != null && !server.user().isBlank()) {
      env.put("PGUSER", server.user());
    }
    if (server.password() != null && !server.password().isEmpty()) {
      env.put("PGPASSWORD", server.password());
    }
    return env;
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
