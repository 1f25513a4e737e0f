package org.improvementtracker.action;

import java.time.LocalDate;
import java.util.List;

/** The editable wording of an action row, as validated from a request or read from demo data. */
public record ActionDetails(
    String ref,
    String desiredOutcome,
    String actionText,
    List<String> leads,
    LocalDate dueDate,
    String dueWording,
    String impact,
    String measure) {

  ActionDetails withDueWording(String wording) {
    return new ActionDetails(
        ref, desiredOutcome, actionText, leads, dueDate, wording, impact, measure);
  }
}
