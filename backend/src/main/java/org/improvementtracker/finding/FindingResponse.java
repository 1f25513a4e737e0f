package org.improvementtracker.finding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.action.Rag;

/** A finding with its coverage: the current actions that answer it. */
public record FindingResponse(
    Long id,
    Long planId,
    String source,
    @Schema(description = "The letter's paragraph number; null for a named area") Integer paragraph,
    String label,
    String summary,
    boolean priorityAction,
    @Schema(description = "True when at least one current action answers this finding")
        boolean answered,
    List<AnsweringAction> actions) {

  public record AnsweringAction(Long id, String ref, String action, Rag rag, Rag effectiveRag) {}
}
