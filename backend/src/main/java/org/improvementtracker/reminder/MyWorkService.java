package org.improvementtracker.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.improvementtracker.action.ActionActivity;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.board.Meeting;
import org.improvementtracker.board.MeetingService;
import org.improvementtracker.caseaudit.CaseAuditService;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.report.ReportService;

/** What each person has to do soon: the content of "My work" and of the weekly digest. */
@ApplicationScoped
public class MyWorkService {
  static final int DUE_WITHIN_DAYS = 14;
  static final int NO_EVIDENCE_DAYS = 30;
  static final int REPORT_DUE_DAYS = 7;

  @Inject EntityManager em;
  @Inject ActionActivity activity;
  @Inject MeetingService meetings;
  @Inject ReportService reports;
  @Inject CaseAuditService caseAudits;
  @Inject AuditLog audit;

  public ReminderSettings settings(Long userId) {
    ReminderSettings settings = em.find(ReminderSettings.class, userId);
    return settings == null ? new ReminderSettings(userId) : settings;
  }

  @Transactional
  public ReminderRecords.SettingsResponse changeSettings(
      Long userId, ReminderRecords.SettingsRequest request) {
    ReminderSettings settings = em.find(ReminderSettings.class, userId);
    ReminderRecords.SettingsResponse before = null;
    if (settings == null) {
      settings = new ReminderSettings(userId);
      em.persist(settings);
    } else {
      before = response(settings);
    }
    String email =
        request.email() == null || request.email().isBlank() ? null : request.email().trim();
    settings.change(email, request.leadRoles());
    ReminderRecords.SettingsResponse after = response(settings);
    audit.record("REMINDER_SETTINGS_CHANGED", "User", userId, before, after);
    return after;
  }

  static ReminderRecords.SettingsResponse response(ReminderSettings settings) {
    return new ReminderRecords.SettingsResponse(settings.getEmail(), settings.getLeadRoles());
  }

  public ReminderRecords.MyWork work(Long userId, LocalDate today) {
    ReminderSettings settings = settings(userId);
    List<ActionActivity.ActionLine> mine =
        settings.getLeadRoles().isEmpty()
            ? List.of()
            : activity.current(null, today).stream()
                .filter(a -> settings.leads(a.leads()))
                .toList();
    LocalDate soon = today.plusDays(DUE_WITHIN_DAYS);
    LocalDate stale = today.minusDays(NO_EVIDENCE_DAYS);
    return new ReminderRecords.MyWork(
        today,
        settings.getLeadRoles(),
        mine.stream()
            .filter(
                a ->
                    a.overdue()
                        || (a.dueDate() != null
                            && !a.dueDate().isAfter(soon)
                            && (a.rag() == null || !a.rag().isImplemented())))
            .toList(),
        mine.stream()
            .filter(a -> a.rag() != Rag.GREEN)
            .filter(a -> a.lastEvidenceOn() == null || a.lastEvidenceOn().isBefore(stale))
            .toList(),
        overdueRecommendations(settings),
        meetings.openArisingOwnedBy(userId),
        reportsDue(userId, today));
  }

  /** Open case-audit recommendations past due whose owner is one of the user's roles. */
  private List<ReminderRecords.Recommendation> overdueRecommendations(ReminderSettings settings) {
    if (settings.getLeadRoles().isEmpty()) {
      return List.of();
    }
    return caseAudits.allRecommendations(true).stream()
        .filter(r -> settings.leads(List.of(r.owner())))
        .map(
            r ->
                new ReminderRecords.Recommendation(
                    r.id(),
                    r.text(),
                    "Case audit " + r.caseReference() + " (" + r.teamCode() + ")",
                    r.dueDate()))
        .toList();
  }

  /** Meetings in the next 7 days, of boards the user is secretary of, with no published report. */
  List<ReminderRecords.ReportDue> reportsDue(Long userId, LocalDate today) {
    return em
        .createQuery(
            "select m from Meeting m join fetch m.board b where b.secretary.id = :user"
                + " and m.date >= :today and m.date <= :until order by m.date, m.id",
            Meeting.class)
        .setParameter("user", userId)
        .setParameter("today", today)
        .setParameter("until", today.plusDays(REPORT_DUE_DAYS))
        .getResultList()
        .stream()
        .filter(m -> !reports.isPublished(m.getId()))
        .map(
            m ->
                new ReminderRecords.ReportDue(
                    m.getId(), m.getBoard().getId(), m.getBoard().getName(), m.getDate()))
        .toList();
  }

  static boolean isEmpty(ReminderRecords.MyWork work) {
    return work.actionsDue().isEmpty()
        && work.actionsWithoutEvidence().isEmpty()
        && work.recommendations().isEmpty()
        && work.actionsArising().isEmpty()
        && work.reportsDue().isEmpty();
  }
}
