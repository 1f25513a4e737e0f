package org.improvementtracker.action;

import java.util.Set;
import org.improvementtracker.finding.Finding;
import org.improvementtracker.indicator.Indicator;
import org.improvementtracker.security.Organisation;

/** What an action row points at: the findings it answers, its indicators and its co-leads. */
public record ActionLinks(
    Set<Finding> findings, Set<Indicator> indicators, Set<Organisation> partners) {

  public static ActionLinks none() {
    return new ActionLinks(Set.of(), Set.of(), Set.of());
  }
}
