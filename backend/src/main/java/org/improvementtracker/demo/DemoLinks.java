package org.improvementtracker.demo;

import java.util.List;

/**
 * The shape of {@code demo/links.json}: links the plan implies but its table does not print. The
 * six areas for focused practice improvement are listed in the plan's introduction and cited by no
 * row; each "How will we measure" names the data an action relies on. {@code why} quotes the plan.
 */
record DemoLinks(String about, List<AreaLink> practiceImprovementAreas, List<Measure> measures) {

  /** A finding (its key in plan.json) and the refs of the actions that answer it. */
  record AreaLink(String finding, List<String> actions, String why) {}

  /** An action ref and the numbers of the indicators that measure it. */
  record Measure(String action, List<Integer> indicators, String why) {}
}
