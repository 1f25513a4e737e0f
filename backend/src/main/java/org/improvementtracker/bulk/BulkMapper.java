package org.improvementtracker.bulk;

/** Turns batches into the records the API sends, in one place. */
final class BulkMapper {
  private BulkMapper() {}

  static BulkRecords.BatchResponse batch(BulkBatch b) {
    return new BulkRecords.BatchResponse(
        b.getId(),
        b.getKind(),
        b.getSourceName(),
        b.getUsername(),
        b.getCreatedAt(),
        b.getCreated(),
        b.getUpdated(),
        b.getUnchanged(),
        b.getWarnings(),
        b.getRevertedAt(),
        b.getRevertedBy());
  }
}
