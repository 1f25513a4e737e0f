package org.improvementtracker.action;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.improvementtracker.plan.Rag;

/**
 * The plan's overdue rule, defined once: an action past its due date and not yet implemented is
 * overdue, and the key then rates it RED whatever it was rated. Java code asks {@link #isOverdue};
 * queries use {@link #condition}, built from the same set of implemented ratings, and a test holds
 * the two to the same answers.
 */
public final class OverdueRule {

  /** Ratings that mean the action is implemented: such an action is never overdue. */
  static final List<Rag> IMPLEMENTED =
      Arrays.stream(Rag.values()).filter(Rag::isImplemented).toList();

  private OverdueRule() {}

  public static boolean isOverdue(Rag rag, LocalDate dueDate, LocalDate today) {
    return dueDate != null
        && dueDate.isBefore(today)
        && (rag == null || !IMPLEMENTED.contains(rag));
  }

  /** The key's derived rating: an overdue task is RED; otherwise the rating stands. */
  public static Rag effectiveRag(Rag rag, LocalDate dueDate, LocalDate today) {
    return isOverdue(rag, dueDate, today) ? Rag.RED : rag;
  }

  /**
   * The rule as a JPQL condition on the action alias {@code a}. It is never SQL NULL (a missing due
   * date is simply not overdue), so that "not" of it is true for undated rows. Bind its parameters
   * with {@link #bind}.
   */
  static final String CONDITION =
      "(a.dueDate is not null and a.dueDate < :today"
          + " and (a.rag is null or a.rag not in :implemented))";

  static void bind(Map<String, Object> params, LocalDate today) {
    params.put("today", today);
    params.put("implemented", IMPLEMENTED);
  }
}
