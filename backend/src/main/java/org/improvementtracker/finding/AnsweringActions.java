package org.improvementtracker.finding;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The current actions that cite each finding; the action feature, above this one, answers it. */
public interface AnsweringActions {

  /** Per finding id, its answering actions in plan order; findings with none are left out. */
  Map<Long, List<FindingResponse.AnsweringAction>> forFindings(Collection<Long> findingIds);
}
