package org.improvementtracker.demo;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/plan.json}: a published plan, cleanly transcribed. */
record DemoPlan(
    PlanData plan,
    List<PriorityData> priorities,
    List<FindingData> findings,
    List<ActionData> actions) {

  record PlanData(String title, String organisation, String period, LocalDate reportingDate) {}

  record PriorityData(int number, String title, String statement) {}

  /** {@code key} is how actions in the file cite it: "P13" for para 13, "PA1" for a named area. */
  record FindingData(String key, Integer paragraph, boolean priorityAction, String summary) {}

  record ActionData(
      String ref,
      int priority,
      String desiredOutcome,
      String action,
      List<String> leads,
      String dueWording,
      LocalDate dueDate,
      String impact,
      String measure,
      String evidence,
      String rag,
      List<String> findings) {}
}
