package org.improvementtracker.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.hibernate.Session;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.security.AuthenticatedUser;
import org.improvementtracker.security.CurrentUser;

/**
 * The one pipeline of every upload: read the rows as a stream and check every one, then, only if
 * none is refused (and warnings are acknowledged), write them all as one batch in one transaction.
 * A dry run takes exactly the same path and is rolled back at the end. An Idempotency-Key makes a
 * repeated request return the first response instead of applying it again.
 */
@ApplicationScoped
public class BulkService {

  @Inject IndicatorValueLoader indicatorValues;
  @Inject ActionUpdateLoader actionUpdates;
  @Inject CaseloadSnapshotLoader caseloads;
  @Inject TeamSnapshotLoader teamSnapshots;
  @Inject CaseAuditLoader caseAudits;
  @Inject EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ObjectMapper json;
  @Inject TransactionManager transactions;

  /** How the upload was sent and what the caller asks of it. */
  record Options(
      boolean dryRun,
      boolean acknowledgeWarnings,
      String idempotencyKey,
      String sourceName,
      Long plan,
      String mediaType,
      long contentLength) {}

  /** What became of an upload. */
  interface Outcome {}

  /** Checked, and applied unless a dry run. */
  record Done(BulkRecords.BulkResult result) implements Outcome {}

  /** Refused as a whole: nothing written. */
  record Refused(BulkRecords.BulkRefusal refusal) implements Outcome {}

  /** A repeat of an earlier request with the same key: its stored response. */
  record Replayed(BulkRecords.BulkResult response) implements Outcome {}

  /** The key was used before for a different request. */
  record KeyReused(String detail) implements Outcome {}

  @Transactional
  @TransactionConfiguration(timeout = 3600)
  Outcome upload(BulkKind kind, InputStream body, Options options) {
    AuthenticatedUser user = currentUser.require();
    MessageDigest digest = sha256();
    digest.update(
        (kind.path() + "|" + options.plan() + "|" + options.acknowledgeWarnings() + "|")
            .getBytes(StandardCharsets.UTF_8));
    InputStream in =
        new DigestInputStream(new LengthCheckedInputStream(body, options.contentLength()), digest);
    String key = options.dryRun() ? null : options.idempotencyKey();
    if (key != null) {
      lock(user.username(), key);
      List<Object[]> stored =
          em.createNativeQuery(
                  "select request_digest, response::text, kind from bulk_idempotency_key"
                      + " where username = ?1 and idempotency_key = ?2",
                  Object[].class)
              .setParameter(1, user.username())
              .setParameter(2, key)
              .getResultList();
      if (!stored.isEmpty()) {
        drain(in);
        String hex = HexFormat.of().formatHex(digest.digest());
        if (hex.equals(stored.get(0)[0])) {
          return new Replayed(fromJson((String) stored.get(0)[1]));
        }
        return new KeyReused(
            "The Idempotency-Key \""
                + key
                + "\" was used for a different request (a "
                + stored.get(0)[2]
                + " upload with another body or options); use a new key for a new upload");
      }
    }

    RowProblems problems = new RowProblems();
    Upload upload = open(kind, options, problems);
    try {
      RowReader.read(
          new KeptOpen(in), options.mediaType(), kind.columns(), kind.jsonArray(), upload);
      drain(in);
    } catch (RuntimeException e) {
      upload.abandon();
      throw e;
    }
    Upload.Counts counts = upload.finish();
    BulkRecords.BulkResult result =
        new BulkRecords.BulkResult(
            kind.path(),
            null,
            counts.created(),
            counts.updated(),
            counts.unchanged(),
            problems.rejected(),
            problems.warned(),
            problems.errors(),
            problems.warnings());
    if (problems.rejected() > 0) {
      rollback();
      return new Refused(
          BulkRecords.BulkRefusal.of(
              BulkProblems.ROWS_REFUSED,
              "Rows refused",
              problems.rejected()
                  + " row(s) refused: nothing was written; correct them and send the file again",
              result));
    }
    if (!options.dryRun() && problems.warned() > 0 && !options.acknowledgeWarnings()) {
      rollback();
      return new Refused(
          BulkRecords.BulkRefusal.of(
              BulkProblems.WARNINGS,
              "Warnings not acknowledged",
              problems.warned()
                  + " row(s) look out of line: check them, then send again with"
                  + " acknowledgeWarnings=true; nothing was written",
              result));
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    BulkBatch batch =
        new BulkBatch(kind, options.sourceName(), user.userId(), user.username(), now);
    batch.count(counts.created(), counts.updated(), counts.unchanged(), problems.warned());
    em.persist(batch);
    em.flush();
    upload.apply(batch.getId(), currentUser.signature(), now);
    audit.record("BULK_BATCH_APPLIED", "BulkBatch", batch.getId(), null, BulkMapper.batch(batch));
    if (options.dryRun()) {
      rollback();
      return new Done(result);
    }
    BulkRecords.BulkResult applied = result.withBatch(batch.getId());
    if (key != null) {
      em.createNativeQuery(
              "insert into bulk_idempotency_key (username, idempotency_key, kind, request_digest,"
                  + " response, batch_id, created_at) values (?1, ?2, ?3, ?4, cast(?5 as jsonb),"
                  + " ?6, ?7)")
          .setParameter(1, user.username())
          .setParameter(2, key)
          .setParameter(3, kind.path())
          .setParameter(4, HexFormat.of().formatHex(digest.digest()))
          .setParameter(5, toJson(applied))
          .setParameter(6, batch.getId())
          .setParameter(7, now)
          .executeUpdate();
    }
    return new Done(applied);
  }

  private Upload open(BulkKind kind, Options options, RowProblems problems) {
    return switch (kind) {
      case INDICATOR_VALUES -> indicatorValues.open(options.plan(), problems);
      case ACTION_UPDATES -> actionUpdates.open(options.plan(), problems);
      case CASELOAD_SNAPSHOTS -> caseloads.open(problems);
      case TEAM_SNAPSHOTS -> teamSnapshots.open(problems);
      case AUDITS -> caseAudits.open(problems);
    };
  }

  /** Serialises requests with the same key, on every server: the second waits for the first. */
  private void lock(String username, String key) {
    em.unwrap(Session.class)
        .doWork(
            c -> {
              try (var statement =
                  c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                statement.setString(1, "bulk-key|" + username + "|" + key);
                statement.execute();
              }
            });
  }

  private void rollback() {
    try {
      transactions.setRollbackOnly();
    } catch (SystemException e) {
      throw new IllegalStateException("Could not roll back the upload", e);
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not store the response", e);
    }
  }

  /** The stored response, written back exactly as the first request got it. */
  private BulkRecords.BulkResult fromJson(String stored) {
    try {
      return json.readValue(stored, BulkRecords.BulkResult.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read the stored response", e);
    }
  }

  private static void drain(InputStream in) {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new InvalidInputException(
          "file", "could not be read to the end: the upload was cut short");
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body as the parsers see it: closing their reader must not end the body's digest. */
  private static final class KeptOpen extends FilterInputStream {
    KeptOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The service drains the rest of the body after the parser is done.
    }
  }

  /** Ends with an error, not a silent short file, when fewer bytes arrive than announced. */
  private static final class LengthCheckedInputStream extends FilterInputStream {
    private final long expected;
    private long received;

    LengthCheckedInputStream(InputStream in, long expected) {
      super(in);
      this.expected = expected;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      check(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      check(n);
      return n;
    }

    private void check(int n) throws IOException {
      if (n < 0) {
        if (expected >= 0 && received < expected) {
          throw new RowReader.UploadCutShortException(received, expected);
        }
      } else {
        received += n;
      }
    }
  }
}
