package org.improvementtracker.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The current actions whose impact each indicator measures; the action feature answers it. */
public interface MeasuringActions {

  /**
   * Per indicator id, the actions linked to it in plan order; indicators with none are left out.
   */
  Map<Long, List<IndicatorRecords.LinkedAction>> forIndicators(Collection<Long> indicatorIds);
}
