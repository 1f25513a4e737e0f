package org.improvementtracker.finding;

import java.util.List;

/** Turns the finding feature's entities into the records the API sends, in one place. */
public final class FindingMapper {
  private FindingMapper() {}

  /** A finding as another feature cites it. */
  public static FindingReference reference(Finding finding) {
    return new FindingReference(
        finding.getId(), finding.getSource(), finding.getParagraph(), finding.label());
  }

  static FindingResponse toResponse(Finding f, List<FindingResponse.AnsweringAction> actions) {
    return new FindingResponse(
        f.getId(),
        f.getPlan().getId(),
        f.getSource(),
        f.getParagraph(),
        f.label(),
        f.getSummary(),
        f.isPriorityAction(),
        !actions.isEmpty(),
        actions);
  }
}
