package org.improvementtracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged server killed with kill -9 half-way through a large upload of indicator figures: it
 * starts again on the same data with nothing of that upload (no batch, no figure, no idempotency
 * key), and the script's re-run with the same Idempotency-Key then applies the whole file once.
 */
class BulkCrashIT {
  private static final String ADDRESS = "192.0.2.71";
  private static final int INDICATORS = 500;
  private static final int MONTHS = 200;
  private static final int ROWS = INDICATORS * MONTHS;
  private static final int FIRST_NUMBER = 5001;
  private static final String FILE = "crash-test.csv";
  private static final String KEY = "figures-killed-half-way";

  @Test
  void shouldLeaveNoPartialBatchWhenKilledHalfWayThroughAnUpload() throws Exception {
    Path data = Files.createTempDirectory("tracker-bulk-kill-9");
    Map<String, String> settings =
        Map.of("DATA_DIR", data.toString(), "ADMIN_PASSWORD", "bulk-kill-admin-password");
    String token;
    PackagedServer first = PackagedServer.start("bulk-before-kill", settings);
    try {
      first.awaitReady(Instant.now().plus(Duration.ofMinutes(3)));
      try (Connection db = database(data)) {
        defineIndicators(db);
      }
      token = first.bulkToken(ADDRESS, "crash test");
      CountDownLatch halfSent = new CountDownLatch(1);
      CountDownLatch killed = new CountDownLatch(1);
      CompletableFuture<HttpResponse<String>> upload =
          send(first, token, new Figures(halfSent, killed));
      assertTrue(halfSent.await(2, TimeUnit.MINUTES), "half of the file was sent");
      try (Connection db = database(data)) {
        awaitRowsStaged(db, ROWS / 4);
      }
      first.kill();
      killed.countDown();
      assertTrue(
          upload.handle((answer, failure) -> answer == null).get(1, TimeUnit.MINUTES),
          "the killed server answered nothing");
    } finally {
      first.kill();
    }

    PackagedServer second = PackagedServer.start("bulk-after-kill", settings);
    try {
      second.awaitReady(Instant.now().plus(Duration.ofMinutes(3)));
      try (Connection db = database(data)) {
        assertEquals(0, count(db, "select count(*) from bulk_batch where source_name = ?", FILE));
        assertEquals(0, figures(db), "no figure of the killed upload");
        assertEquals(
            0,
            count(db, "select count(*) from bulk_idempotency_key where idempotency_key = ?", KEY));
      }

      HttpResponse<String> rerun = send(second, token, new Figures(null, null)).get();
      assertEquals(200, rerun.statusCode(), rerun.body());
      assertTrue(
          rerun.headers().firstValue("Idempotent-Replayed").isEmpty(), "applied, not replayed");
      assertTrue(rerun.body().contains("\"created\":" + ROWS), rerun.body());
      HttpResponse<String> again = send(second, token, new Figures(null, null)).get();
      assertEquals(200, again.statusCode());
      assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
      assertEquals(rerun.body(), again.body());
      try (Connection db = database(data)) {
        assertEquals(1, count(db, "select count(*) from bulk_batch where source_name = ?", FILE));
        assertEquals(ROWS, figures(db), "the whole file, once");
      }
    } finally {
      second.stop();
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The embedded PostgreSQL of the data directory, as its postmaster.pid names its port. */
  private static Connection database(Path data) throws Exception {
    List<String> pid = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres", "postgres", "");
  }

  /** Indicators enough for the file, defined straight in the database, as the benchmark does. */
  private static void defineIndicators(Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      s.executeUpdate(
          "insert into indicator (plan_id, number, name, area, unit, basis, polarity,"
              + " target_kind) select (select min(id) from plan), "
              + (FIRST_NUMBER - 1)
              + " + g, 'Crash test indicator ' || g, 'Crash test', 'PERCENT', 'IN_MONTH',"
              + " 'HIGHER_IS_BETTER', 'MONITOR' from generate_series(1, "
              + INDICATORS
              + ") g");
    }
  }

  /** Waits until the server's transaction has staged this many of the file's rows. */
  private static void awaitRowsStaged(Connection db, int rows) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      if (count(db, "select coalesce(max(tuples_processed), 0) from pg_stat_progress_copy", null)
          >= rows) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("The server did not start processing the upload");
  }

  private static int figures(Connection db) throws Exception {
    return count(
        db,
        "select count(*) from indicator_value v join indicator i on i.id = v.indicator_id"
            + " where i.number >= ?",
        FIRST_NUMBER);
  }

  private static int count(Connection db, String sql, Object param) throws Exception {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      if (param != null) {
        s.setObject(1, param);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static CompletableFuture<HttpResponse<String>> send(
      PackagedServer server, String token, Figures body) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .sendAsync(
            HttpRequest.newBuilder(
                    URI.create(
                        server.url() + "/api/v1/bulk/indicator-values?acknowledgeWarnings=true"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + FILE + "\"")
                .header("Idempotency-Key", KEY)
                .header("X-Forwarded-For", ADDRESS)
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The file, written as it is read (100,000 rows are never held in memory); when given latches it
   * stops half-way, says so, and goes on only once the server has been killed.
   */
  private static final class Figures extends InputStream {
    private final CountDownLatch halfSent;
    private final CountDownLatch killed;
    private byte[] line = "indicator,period,value\n".getBytes(StandardCharsets.US_ASCII);
    private int position;
    private int row;

    Figures(CountDownLatch halfSent, CountDownLatch killed) {
      this.halfSent = halfSent;
      this.killed = killed;
    }

    @Override
    public int read() throws IOException {
      if (position == line.length && !next()) {
        return -1;
      }
      return line[position++];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (position == line.length && !next()) {
        return -1;
      }
      int n = Math.min(length, line.length - position);
      System.arraycopy(line, position, buffer, offset, n);
      position += n;
      return n;
    }

    private boolean next() throws IOException {
      if (row == ROWS) {
        return false;
      }
      if (row == ROWS / 2 && halfSent != null) {
        halfSent.countDown();
        try {
          killed.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
      int indicator = FIRST_NUMBER + row / MONTHS;
      int month = row % MONTHS;
      line =
          String.format(
                  "%d,%d-%02d,%d.%d\n",
                  indicator, 2000 + month / 12, month % 12 + 1, 40 + indicator % 40, row % 10)
              .getBytes(StandardCharsets.US_ASCII);
      position = 0;
      row++;
      return true;
    }
  }
}
