package org.improvementtracker.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A user's reminder settings. Plan leads are roles ("HOS Front Door"), not people, so a user names
 * the roles they hold: an action is theirs when one of its leads is one of those roles (ignoring
 * case). The e-mail address receives the weekly digest; none means no e-mail.
 */
@Entity
@Table(name = "reminder_settings")
public class ReminderSettings {

  @Id
  @Column(name = "user_id")
  private Long userId;

  private String email;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "lead_roles", columnDefinition = "text[]")
  private String[] leadRoles;

  protected ReminderSettings() {}

  public ReminderSettings(Long userId) {
    this.userId = userId;
    this.leadRoles = new String[0];
  }

  public void change(String email, List<String> leadRoles) {
    this.email = email;
    this.leadRoles = leadRoles.stream().map(String::trim).distinct().toArray(String[]::new);
  }

  /** Whether an action with these leads is this user's. */
  public boolean leads(List<String> actionLeads) {
    return actionLeads.stream()
        .map(l -> l.trim().toLowerCase(Locale.UK))
        .anyMatch(
            l -> List.of(leadRoles).stream().anyMatch(r -> r.toLowerCase(Locale.UK).equals(l)));
  }

  public Long getUserId() {
    return userId;
  }

  public String getEmail() {
    return email;
  }

  public List<String> getLeadRoles() {
    return List.of(leadRoles);
  }
}
