package org.improvementtracker.security;

import java.util.Comparator;
import org.improvementtracker.common.Permission;

/** Turns the security feature's entities into the records the API sends, in one place. */
public final class SecurityMapper {
  private SecurityMapper() {}

  /** An organisation as other features show it (e.g. an action's partners). */
  public static SessionRecords.OrganisationSummary summary(Organisation organisation) {
    return new SessionRecords.OrganisationSummary(
        organisation.getId(), organisation.getName(), organisation.getKind());
  }

  static SessionRecords.MeResponse me(AuthenticatedUser user) {
    return new SessionRecords.MeResponse(
        user.userId(),
        user.username(),
        user.displayName(),
        new SessionRecords.OrganisationSummary(
            user.organisationId(), user.organisationName(), user.organisationKind()),
        user.role(),
        user.permissions().stream().sorted(Comparator.comparing(Permission::value)).toList(),
        user.via(),
        user.tokenScopes() == null ? null : user.tokenScopes().stream().sorted().toList(),
        (user.via() == AuthenticatedUser.Via.TOKEN
                ? user.tokenScopes()
                : user.role().grantableScopes())
            .stream().sorted().toList());
  }

  static UserRecords.UserResponse user(User user) {
    return new UserRecords.UserResponse(
        user.getId(),
        user.getUsername(),
        user.getDisplayName(),
        summary(user.getOrganisation()),
        user.getRole(),
        user.isEnabled(),
        user.getCreatedAt(),
        user.getLastLoginAt());
  }

  static TokenRecords.TokenResponse token(ApiToken token) {
    return new TokenRecords.TokenResponse(
        token.getId(),
        token.getName(),
        token.getPrefix(),
        token.scopes().stream().sorted().toList(),
        token.getUser().getId(),
        token.getUser().getUsername(),
        token.getCreatedAt(),
        token.getExpiresAt(),
        token.getLastUsedAt(),
        token.getRevokedAt());
  }
}
