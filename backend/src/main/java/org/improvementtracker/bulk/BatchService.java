package org.improvementtracker.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.Filters;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.security.CurrentUser;

/** The applied batches: their history, and undoing one. */
@ApplicationScoped
public class BatchService {

  @Inject EntityManager em;
  @Inject IndicatorValueLoader indicatorValues;
  @Inject ActionUpdateLoader actionUpdates;
  @Inject CaseloadSnapshotLoader caseloads;
  @Inject TeamSnapshotLoader teamSnapshots;
  @Inject CaseAuditLoader caseAudits;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public Page<BulkRecords.BatchResponse> list(String kind, PageRequest page) {
    return new Filters()
        .and("b.kind = :kind", "kind", kind)
        .page(
            em,
            "BulkBatch b",
            "from BulkBatch b",
            "b.createdAt desc, b.id desc",
            BulkBatch.class,
            page)
        .map(BulkMapper::batch);
  }

  public BulkRecords.BatchResponse get(Long id) {
    return BulkMapper.batch(find(id));
  }

  /**
   * Restores every figure the batch created or changed, in one transaction; refuses (409) naming
   * the figures changed after the batch, whose later change a revert would silently undo.
   */
  @Transactional
  public BulkRecords.BatchResponse revert(Long id) {
    BulkBatch batch = find(id);
    BulkRecords.BatchResponse before = BulkMapper.batch(batch);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String by = currentUser.signature();
    batch.revert(by, now);
    em.flush();
    switch (BulkKind.ofPath(batch.getKind()).orElseThrow()) {
      case INDICATOR_VALUES -> indicatorValues.revert(id, by, now);
      case ACTION_UPDATES -> actionUpdates.revert(batch, by, now);
      case CASELOAD_SNAPSHOTS -> caseloads.revert(id, now);
      case TEAM_SNAPSHOTS -> teamSnapshots.revert(id, now);
      case AUDITS -> caseAudits.revert(id, now);
    }
    BulkRecords.BatchResponse after = BulkMapper.batch(batch);
    audit.record("BULK_BATCH_REVERTED", "BulkBatch", id, before, after);
    return after;
  }

  private BulkBatch find(Long id) {
    BulkBatch batch = em.find(BulkBatch.class, id);
    if (batch == null) {
      throw new NotFoundException("Batch", id);
    }
    return batch;
  }
}
