package org.improvementtracker.action;

/**
 * The filters of the action listing. A null filter does not restrict. {@code rag} and {@code
 * effectiveRag} use {@link RagFilter} so that "not yet rated" can be asked for too.
 */
public record ActionQuery(
    Long planId,
    Long priorityId,
    RagFilter rag,
    RagFilter effectiveRag,
    String lead,
    boolean overdueOnly,
    Integer findingParagraph,
    String text,
    boolean archived,
    Long partnerId) {

  ActionQuery withPartner(Long organisationId) {
    return new ActionQuery(
        planId,
        priorityId,
        rag,
        effectiveRag,
        lead,
        overdueOnly,
        findingParagraph,
        text,
        archived,
        organisationId);
  }
}
