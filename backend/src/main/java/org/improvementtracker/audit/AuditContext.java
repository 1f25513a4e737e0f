package org.improvementtracker.audit;

import java.util.Optional;

/**
 * Who is making the current request and from where, as the audit trail records it. The security
 * feature provides it, so that the trail, below every feature, knows nothing of how people sign in.
 */
public interface AuditContext {

  /** The signed-in account, if any. */
  Optional<Actor> actor();

  /** The id that ties the request's log lines and audit entries together. */
  String requestId();

  /** The client's address, kept for administrators only. */
  String clientAddress();

  /**
   * An account, the person's name, its organisation, and the API token it used (null for a browser
   * session).
   */
  record Actor(
      Long userId, String username, String displayName, Long organisationId, Long tokenId) {}
}
