package org.improvementtracker.reminder;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Reminder e-mail settings (from the environment; see README). */
@ConfigMapping(prefix = "tracker.reminders")
public interface ReminderMail {

  /** The SMTP server; e-mail reminders are off while it is unset. */
  Optional<String> smtpHost();

  /** When the weekly digest goes out (a Quartz cron; "off" for never). */
  String digestCron();

  /** When board secretaries are reminded of reports due (a Quartz cron; "off" for never). */
  String reportDueCron();

  /** The web app's address, for links in e-mails. */
  Optional<String> baseUrl();
}
