package org.improvementtracker.caseaudit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.Filters;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.MergePatcher;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.RequestChecker;
import org.improvementtracker.indicator.DerivedIndicators;
import org.improvementtracker.workforce.Team;

/**
 * Case audits and their recommendations. Every change recomputes indicators 55-58 in the same
 * transaction and is written to the audit trail.
 */
@ApplicationScoped
public class CaseAuditService {

  @Inject EntityManager em;
  @Inject AuditLog auditLog;
  @Inject MergePatcher mergePatcher;
  @Inject DerivedIndicators derived;
  @Inject AuditFigures figures;
  @Inject Clock clock;
  @Inject RequestChecker requests;

  /** The filters of the audit list; a null filter does not restrict. */
  public record Query(Long teamId, AuditType type, Grade grade, Period month, String auditor) {}

  public Page<CaseAuditRecords.CaseAuditResponse> search(Query query, PageRequest page) {
    LocalDate today = today();
    Filters filters =
        new Filters()
            .and("a.team.id = :team", "team", query.teamId())
            .and("a.type = :type", "type", query.type())
            .and("a.grade = :grade", "grade", query.grade())
            .and(
                "lower(a.auditor) like :auditor",
                "auditor",
                query.auditor() == null
                    ? null
                    : "%" + query.auditor().toLowerCase(Locale.ROOT) + "%");
    if (query.month() != null) {
      filters
          .and("a.auditDate >= :from and a.auditDate <= :to")
          .bind("from", query.month().month().atDay(1))
          .bind("to", query.month().month().atEndOfMonth());
    }
    return filters
        .page(
            em,
            "CaseAudit a",
            "from CaseAudit a join fetch a.team",
            "a.auditDate desc, a.id desc",
            CaseAudit.class,
            page)
        .map(a -> CaseAuditMapper.toResponse(a, today));
  }

  public CaseAuditRecords.CaseAuditResponse get(Long id) {
    return CaseAuditMapper.toResponse(find(id), today());
  }

  @Transactional
  public CaseAuditRecords.CaseAuditResponse create(CaseAuditRecords.CaseAuditRequest request) {
    CaseAudit audit =
        new CaseAudit(team(request.teamId()), checked(CaseAuditMapper.details(request)), now());
    em.persist(audit);
    return changed("CASE_AUDIT_CREATED", null, audit);
  }

  @Transactional
  public CaseAuditRecords.CaseAuditResponse patch(Long id, String ifMatch, JsonNode patch)
      throws JsonProcessingException {
    CaseAudit audit = find(id);
    ETags.requireMatch(ifMatch, audit.getVersion());
    CaseAuditRecords.CaseAuditResponse before = CaseAuditMapper.toResponse(audit, today());
    CaseAuditRecords.CaseAuditRequest request =
        mergePatcher.patch(CaseAuditMapper.request(audit), patch);
    audit.revise(team(request.teamId()), checked(CaseAuditMapper.details(request)), now());
    return changed("CASE_AUDIT_UPDATED", before, audit);
  }

  @Transactional
  public void delete(Long id, String ifMatch) {
    CaseAudit audit = find(id);
    ETags.requireMatch(ifMatch, audit.getVersion());
    CaseAuditRecords.CaseAuditResponse before = CaseAuditMapper.toResponse(audit, today());
    em.remove(audit);
    em.flush();
    derived.refresh(figures);
    auditLog.record("CASE_AUDIT_DELETED", "CaseAudit", id, before, null);
  }

  public List<CaseAuditRecords.RecommendationResponse> recommendations(Long auditId) {
    LocalDate today = today();
    return find(auditId).getRecommendations().stream()
        .map(r -> CaseAuditMapper.recommendation(r, today))
        .toList();
  }

  @Transactional
  public CaseAuditRecords.RecommendationResponse recommend(
      Long auditId, CaseAuditRecords.RecommendationRequest request) {
    CaseAudit audit = find(auditId);
    AuditRecommendation recommendation = audit.recommend(CaseAuditMapper.details(request), now());
    em.flush();
    CaseAuditRecords.RecommendationResponse created =
        CaseAuditMapper.recommendation(recommendation, today());
    auditLog.record("AUDIT_RECOMMENDATION_CREATED", "CaseAudit", auditId, null, created);
    return created;
  }

  @Transactional
  public CaseAuditRecords.RecommendationResponse patchRecommendation(
      Long auditId, Long id, String ifMatch, JsonNode patch) throws JsonProcessingException {
    AuditRecommendation recommendation =
        find(auditId).getRecommendations().stream()
            .filter(r -> r.getId().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Recommendation", id));
    ETags.requireMatch(ifMatch, recommendation.getVersion());
    CaseAuditRecords.RecommendationResponse before =
        CaseAuditMapper.recommendation(recommendation, today());
    CaseAuditRecords.RecommendationRequest request =
        mergePatcher.patch(CaseAuditMapper.request(recommendation), patch);
    recommendation.revise(CaseAuditMapper.details(request), now());
    em.flush();
    CaseAuditRecords.RecommendationResponse after =
        CaseAuditMapper.recommendation(recommendation, today());
    auditLog.record("AUDIT_RECOMMENDATION_UPDATED", "CaseAudit", auditId, before, after);
    return after;
  }

  /** Recommendations across all audits, oldest due first; {@code overdue}: only overdue ones. */
  public List<CaseAuditRecords.RecommendationResponse> allRecommendations(boolean overdue) {
    LocalDate today = today();
    return em.createQuery(
            "from AuditRecommendation r join fetch r.audit a join fetch a.team"
                + " where r.status in :statuses order by r.dueDate, r.id",
            AuditRecommendation.class)
        .setParameter(
            "statuses",
            overdue ? List.of(RecommendationStatus.OPEN) : List.of(RecommendationStatus.values()))
        .getResultStream()
        .filter(r -> !overdue || r.isOverdue(today))
        .map(r -> CaseAuditMapper.recommendation(r, today))
        .toList();
  }

  /**
   * Checks an audit as {@code POST /audits} does, without writing it: the body's constraints, dates
   * that have come, and the audit's own rules. Bulk uploads check each row with it; errors name the
   * body's fields.
   */
  public CaseAudit.Details check(CaseAuditRecords.CaseAuditRequest request) {
    return checked(CaseAuditMapper.details(requests.valid(request)));
  }

  /** The audits of this case on this date of this type: one, unless entered twice by hand. */
  public List<CaseAudit> find(String caseReference, LocalDate auditDate, AuditType type) {
    return em.createQuery(
            "from CaseAudit a join fetch a.team where a.caseReference = :reference"
                + " and a.auditDate = :date and a.type = :type order by a.id",
            CaseAudit.class)
        .setParameter("reference", caseReference)
        .setParameter("date", auditDate)
        .setParameter("type", type)
        .getResultList();
  }

  /** Recomputes indicators 55-58 from the audits: once after a whole batch of changes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void refreshDerived() {
    em.flush();
    derived.refresh(figures);
  }

  private CaseAuditRecords.CaseAuditResponse changed(
      String event, CaseAuditRecords.CaseAuditResponse before, CaseAudit audit) {
    em.flush();
    derived.refresh(figures);
    CaseAuditRecords.CaseAuditResponse after = CaseAuditMapper.toResponse(audit, today());
    auditLog.record(event, "CaseAudit", audit.getId(), before, after);
    return after;
  }

  /** Dates of audits that have happened: a completion date to come is a typing slip. */
  private CaseAudit.Details checked(CaseAudit.Details details) {
    if (details.auditDate().isAfter(today())) {
      throw new InvalidInputException("auditDate", "must not be in the future");
    }
    if (details.completedDate() != null && details.completedDate().isAfter(today())) {
      throw new InvalidInputException("completedDate", "must not be in the future");
    }
    return details;
  }

  private Team team(Long id) {
    Team team = em.find(Team.class, id);
    if (team == null) {
      throw new InvalidInputException("teamId", "no team has id " + id);
    }
    return team;
  }

  private CaseAudit find(Long id) {
    CaseAudit audit = em.find(CaseAudit.class, id);
    if (audit == null) {
      throw new NotFoundException("Audit", id);
    }
    return audit;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
