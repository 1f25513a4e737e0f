package org.improvementtracker.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.improvementtracker.action.ActionActivity;
import org.jboss.logging.Logger;

/**
 * Sends the weekly digest and the board secretaries' report-due reminders. Each e-mail is first
 * claimed by inserting its row in reminder_sent, in the same transaction as the send: with several
 * servers running the job, the first claims and sends, the others find the row and skip; a failed
 * send rolls its claim back so that the next run retries it.
 */
@ApplicationScoped
public class ReminderJob {
  private static final Logger LOG = Logger.getLogger(ReminderJob.class);

  @Inject MyWorkService work;
  @Inject ReminderMail config;
  @Inject Mailer mailer;
  @Inject EntityManager em;
  @Inject Clock clock;

  @Scheduled(cron = "${tracker.reminders.digest-cron}", identity = "weekly-digest")
  void weekly() {
    sendDigests(LocalDate.now(clock));
  }

  @Scheduled(cron = "${tracker.reminders.report-due-cron}", identity = "report-due")
  void daily() {
    sendReportDueReminders(LocalDate.now(clock));
  }

  /** One digest per person with an address and something to do, once per week. */
  public int sendDigests(LocalDate today) {
    if (config.smtpHost().isEmpty()) {
      return 0;
    }
    LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int sent = 0;
    for (Recipient recipient : recipients()) {
      ReminderRecords.MyWork mine = work.work(recipient.userId(), today);
      if (MyWorkService.isEmpty(mine)) {
        continue;
      }
      if (claimAndSend(
          "WEEKLY_DIGEST",
          "user " + recipient.userId() + " week of " + week,
          Mail.withText(
              recipient.email(),
              "Your improvement plan work for the week of " + week,
              digest(recipient.displayName(), mine)))) {
        sent++;
      }
    }
    return sent;
  }

  /** Tells each board secretary, once per meeting, that a report is due within 7 days. */
  public int sendReportDueReminders(LocalDate today) {
    if (config.smtpHost().isEmpty()) {
      return 0;
    }
    int sent = 0;
    for (Recipient recipient : recipients()) {
      for (ReminderRecords.ReportDue due : work.reportsDue(recipient.userId(), today)) {
        if (claimAndSend(
            "REPORT_DUE",
            "meeting " + due.meetingId() + " user " + recipient.userId(),
            Mail.withText(
                recipient.email(),
                "Highlight report due: " + due.boardName() + " on " + due.date(),
                "Dear "
                    + recipient.displayName()
                    + ",\n\nThe highlight report for the "
                    + due.boardName()
                    + " meeting on "
                    + due.date()
                    + " has not been published yet.\n"
                    + link("/meetings/" + due.meetingId())))) {
          sent++;
        }
      }
    }
    return sent;
  }

  private record Recipient(Long userId, String displayName, String email) {}

  private List<Recipient> recipients() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "select new org.improvementtracker.reminder.ReminderJob$Recipient("
                            + "u.id, u.displayName, s.email) from ReminderSettings s, User u"
                            + " where u.id = s.userId and u.enabled and s.email is not null"
                            + " order by u.id",
                        Recipient.class)
                    .getResultList());
  }

  private boolean claimAndSend(String kind, String subject, Mail mail) {
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                int claimed =
                    em.createNativeQuery(
                            "insert into reminder_sent (kind, subject, sent_at) values (?1, ?2, ?3)"
                                + " on conflict do nothing")
                        .setParameter(1, kind)
                        .setParameter(2, subject)
                        .setParameter(3, OffsetDateTime.now(clock))
                        .executeUpdate();
                if (claimed == 1) {
                  mailer.send(mail);
                }
                return claimed == 1;
              });
    } catch (RuntimeException e) {
      LOG.warnf(e, "Could not send the %s e-mail (%s); the next run retries it", kind, subject);
      return false;
    }
  }

  private String digest(String name, ReminderRecords.MyWork mine) {
    StringBuilder text =
        new StringBuilder("Dear " + name + ",\n\nYour work on the plan this week.\n");
    section(text, "Actions overdue or due within 14 days", mine.actionsDue());
    section(text, "Actions with no evidence for 30 days", mine.actionsWithoutEvidence());
    if (!mine.recommendations().isEmpty()) {
      text.append("\nOverdue recommendations\n");
      mine.recommendations()
          .forEach(
              r ->
                  text.append("- ")
                      .append(r.text())
                      .append(" (due ")
                      .append(r.dueDate())
                      .append(")\n"));
    }
    if (!mine.actionsArising().isEmpty()) {
      text.append("\nActions arising from board meetings\n");
      mine.actionsArising()
          .forEach(
              i ->
                  text.append("- ")
                      .append(i.text())
                      .append(" (")
                      .append(i.boardName())
                      .append(i.dueDate() == null ? "" : ", due " + i.dueDate())
                      .append(i.overdue() ? ", OVERDUE" : "")
                      .append(")\n"));
    }
    if (!mine.reportsDue().isEmpty()) {
      text.append("\nHighlight reports due\n");
      mine.reportsDue()
          .forEach(
              d ->
                  text.append("- ")
                      .append(d.boardName())
                      .append(" on ")
                      .append(d.date())
                      .append("\n"));
    }
    return text.append("\n").append(link("/my-work")).toString();
  }

  private static void section(
      StringBuilder text, String title, List<ActionActivity.ActionLine> actions) {
    if (actions.isEmpty()) {
      return;
    }
    text.append("\n").append(title).append("\n");
    actions.forEach(
        a ->
            text.append("- ")
                .append(a.ref())
                .append(" ")
                .append(a.text())
                .append(a.dueDate() == null ? "" : " (due " + a.dueDate() + ")")
                .append(a.overdue() ? " OVERDUE" : "")
                .append("\n"));
  }

  private String link(String path) {
    return config.baseUrl().map(base -> "Open it at " + base + path + "\n").orElse("");
  }
}
