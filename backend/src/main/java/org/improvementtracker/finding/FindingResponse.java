package org.improvementtracker.finding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.plan.Rag;

/** A finding with its coverage: the current actions that answer it. */
public record FindingResponse(
    Long id,
    Long planId,
    String source,
    @Schema(nullable = true, description = "The letter's paragraph number; null for a named area")
        Integer paragraph,
    String label,
    String summary,
    boolean priorityAction,
    @Schema(description = "True when at least one current action answers this finding")
        boolean answered,
    List<AnsweringAction> actions) {

  public record AnsweringAction(
      Long id,
      String ref,
      String action,
      @Schema(nullable = true) Rag rag,
      @Schema(nullable = true) Rag effectiveRag) {}
}
