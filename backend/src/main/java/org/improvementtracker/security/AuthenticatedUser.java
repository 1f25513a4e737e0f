package org.improvementtracker.security;

import java.util.Set;
import org.improvementtracker.common.Permission;

/**
 * Who is behind a request, as the security identity carries it: the account, its organisation, and
 * how it signed in (a browser session or an API token).
 */
public record AuthenticatedUser(
    Long userId,
    String username,
    String displayName,
    Long organisationId,
    String organisationName,
    Organisation.Kind organisationKind,
    Role role,
    Set<Permission> permissions,
    Via via,
    Long tokenId,
    Set<Scope> tokenScopes,
    String csrfToken) {

  public enum Via {
    SESSION,
    TOKEN
  }

  /** The identity attribute that holds this record. */
  public static final String ATTRIBUTE = "tracker.user";

  static AuthenticatedUser of(
      User user,
      Set<Permission> permissions,
      Via via,
      Long tokenId,
      Set<Scope> scopes,
      String csrfToken) {
    return new AuthenticatedUser(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        user.getOrganisation().getId(),
        user.getOrganisation().getName(),
        user.getOrganisation().getKind(),
        user.getRole(),
        permissions,
        via,
        tokenId,
        scopes,
        csrfToken);
  }
}
