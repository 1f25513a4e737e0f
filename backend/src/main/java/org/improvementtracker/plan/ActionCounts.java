package org.improvementtracker.plan;

import java.util.Map;

/**
 * How each priority's actions stand. Actions sit above the plan, so the action feature answers
 * this; the plan only declares what it needs.
 */
public interface ActionCounts {

  /**
   * Current (not archived) actions per priority id, counted by effective RAG, with NONE for those
   * not rated. Either filter may be null.
   */
  Map<Long, Map<String, Long>> byEffectiveRag(Long planId, Long priorityId);
}
