package org.improvementtracker.plan;

import java.util.Map;

/**
 * How each priority's actions stand. Actions sit above the plan, so the action feature answers
 * this; the plan only declares what it needs.
 */
public interface ActionCounts {

  /**
   * Current (not archived) actions per priority id, counted by effective RAG; priorities with no
   * current action are left out. Either filter may be null.
   */
  Map<Long, RagCounts> byEffectiveRag(Long planId, Long priorityId);
}
