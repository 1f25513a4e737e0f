package org.improvementtracker.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.hibernate.annotations.Immutable;

/**
 * A published version of a meeting's highlight report: the exact JSON published and its SHA-256.
 * Nothing changes it once written (the database refuses updates and deletes too).
 */
@Entity
@Immutable
@Table(name = "published_report")
public class PublishedReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id")
  private Long meetingId;

  private int version;
  private String content;
  private String sha256;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  protected PublishedReport() {}

  PublishedReport(
      Long meetingId, int version, String content, String publishedBy, OffsetDateTime at) {
    this.meetingId = meetingId;
    this.version = version;
    this.content = content;
    this.sha256 = sha256(content);
    this.publishedBy = publishedBy;
    this.publishedAt = at;
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** True while the stored content still hashes to the stored digest. */
  boolean isIntact() {
    return sha256(content).equals(sha256);
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public int getVersion() {
    return version;
  }

  public String getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }
}
