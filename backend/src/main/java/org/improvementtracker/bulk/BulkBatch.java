package org.improvementtracker.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.improvementtracker.common.RuleViolationException;

/** An applied upload: who sent which file, when, and how many rows it created or changed. */
@Entity
@Table(name = "bulk_batch")
public class BulkBatch {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kind;

  @Column(name = "source_name")
  private String sourceName;

  @Column(name = "user_id")
  private Long userId;

  private String username;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  private int created;
  private int updated;
  private int unchanged;
  private int warnings;

  @Column(name = "reverted_at")
  private OffsetDateTime revertedAt;

  @Column(name = "reverted_by")
  private String revertedBy;

  protected BulkBatch() {}

  BulkBatch(
      BulkKind kind, String sourceName, Long userId, String username, OffsetDateTime createdAt) {
    this.kind = kind.path();
    this.sourceName = sourceName;
    this.userId = userId;
    this.username = username;
    this.createdAt = createdAt;
  }

  void count(int created, int updated, int unchanged, int warnings) {
    this.created = created;
    this.updated = updated;
    this.unchanged = unchanged;
    this.warnings = warnings;
  }

  /** Marks the batch undone; a batch is undone once. */
  void revert(String by, OffsetDateTime now) {
    if (revertedAt != null) {
      throw new RuleViolationException(
          "Batch " + id + " was already reverted by " + revertedBy + " at " + revertedAt);
    }
    this.revertedAt = now;
    this.revertedBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getSourceName() {
    return sourceName;
  }

  public String getUsername() {
    return username;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getWarnings() {
    return warnings;
  }

  public OffsetDateTime getRevertedAt() {
    return revertedAt;
  }

  public String getRevertedBy() {
    return revertedBy;
  }
}
