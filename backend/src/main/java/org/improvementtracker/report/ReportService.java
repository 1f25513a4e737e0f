package org.improvementtracker.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.board.BoardRecords;
import org.improvementtracker.board.MeetingService;
import org.improvementtracker.board.RiskService;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.security.CurrentUser;

/**
 * A meeting's highlight report: the live draft, the editors' judgement on it, publishing it as an
 * immutable snapshot, and reading the published versions back exactly as they were published.
 */
@ApplicationScoped
public class ReportService {

  @Inject ReportAssembler assembler;
  @Inject MeetingService meetings;
  @Inject RiskService judgements;
  @Inject EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  public ReportRecords.HighlightReport draft(Long meetingId) {
    return assembler.assemble(meetingId, now());
  }

  @Transactional
  public ReportRecords.HighlightReport writeCommentary(
      Long meetingId, BoardRecords.CommentaryRequest request) {
    judgements.writeCommentary(meetingId, request);
    return draft(meetingId);
  }

  /** Freezes the report as it stands now into the next version. */
  @Transactional
  public ReportRecords.PublishedReport publish(Long meetingId) {
    ReportRecords.HighlightReport report = draft(meetingId);
    int version = versions(meetingId).size() + 1;
    PublishedReport published =
        new PublishedReport(
            meetingId, version, write(report), currentUser.signature(), report.asAt());
    em.persist(published);
    em.flush();
    ReportRecords.VersionSummary summary = summary(published);
    audit.record("REPORT_PUBLISHED", "Meeting", meetingId, null, summary);
    return read(published);
  }

  public List<ReportRecords.VersionSummary> versions(Long meetingId) {
    meetings.requireMayReadReports(meetingId);
    return em
        .createQuery(
            "from PublishedReport r where r.meetingId = :meeting order by r.version",
            PublishedReport.class)
        .setParameter("meeting", meetingId)
        .getResultList()
        .stream()
        .map(ReportService::summary)
        .toList();
  }

  public ReportRecords.PublishedReport version(Long meetingId, int version) {
    meetings.requireMayReadReports(meetingId);
    return em
        .createQuery(
            "from PublishedReport r where r.meetingId = :meeting and r.version = :version",
            PublishedReport.class)
        .setParameter("meeting", meetingId)
        .setParameter("version", version)
        .getResultList()
        .stream()
        .findFirst()
        .map(this::read)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Version " + version + " of the report of meeting", meetingId));
  }

  /** The latest published version, for the PDF when no version is named. */
  public ReportRecords.PublishedReport latest(Long meetingId) {
    List<ReportRecords.VersionSummary> all = versions(meetingId);
    if (all.isEmpty()) {
      throw new RuleViolationException(
          "The report of meeting " + meetingId + " has not been published yet");
    }
    return version(meetingId, all.get(all.size() - 1).version());
  }

  /** Whether the meeting's report has been published; for reminders, with no reader to check. */
  public boolean isPublished(Long meetingId) {
    return em.createQuery(
                "select count(r) from PublishedReport r where r.meetingId = :meeting", Long.class)
            .setParameter("meeting", meetingId)
            .getSingleResult()
        > 0;
  }

  private static ReportRecords.VersionSummary summary(PublishedReport r) {
    return new ReportRecords.VersionSummary(
        r.getVersion(), r.getSha256(), r.getPublishedBy(), r.getPublishedAt());
  }

  private String write(ReportRecords.HighlightReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the report snapshot", e);
    }
  }

  /**
   * Reads a snapshot back. Fields added to the report after it was published are simply absent from
   * old snapshots; unknown ones are ignored, so old versions stay readable.
   */
  private ReportRecords.PublishedReport read(PublishedReport r) {
    if (!r.isIntact()) {
      throw new IllegalStateException(
          "Published report " + r.getMeetingId() + " v" + r.getVersion() + " fails its SHA-256");
    }
    try {
      ReportRecords.HighlightReport report =
          json.copy()
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(r.getContent(), ReportRecords.HighlightReport.class);
      return new ReportRecords.PublishedReport(
          r.getVersion(), r.getSha256(), r.getPublishedBy(), r.getPublishedAt(), report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read the report snapshot", e);
    }
  }

  /** Microseconds, as PostgreSQL stores them: the snapshot's "as at" equals its publish time. */
  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
