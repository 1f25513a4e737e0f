package org.improvementtracker.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** Maps the identity provider's roles or groups to ours (SSO_ROLE_MAP). */
final class SsoRoles {
  /** A role is wider than another when it grants more. */
  private static final Comparator<Role> BY_WIDTH =
      Comparator.comparingInt(role -> role.permissions().size());

  private SsoRoles() {}

  /** Parses "Group A=EDITOR, Group B=VIEWER"; a malformed entry stops the mapping with a reason. */
  static Map<String, Role> parse(String map) {
    return Arrays.stream(map.split(","))
        .map(String::trim)
        .filter(entry -> !entry.isEmpty())
        .map(
            entry -> {
              int equals = entry.lastIndexOf('=');
              if (equals <= 0) {
                throw new IllegalArgumentException(
                    "SSO_ROLE_MAP entries are written provider-role=OUR_ROLE, not: " + entry);
              }
              return Map.entry(
                  entry.substring(0, equals).trim(),
                  Role.valueOf(entry.substring(equals + 1).trim()));
            })
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, BinaryOperator.maxBy(BY_WIDTH)));
  }

  /** The widest of our roles that the provider's roles map to. Partners never sign in this way. */
  static Optional<Role> of(Collection<String> providerRoles, Map<String, Role> map) {
    return providerRoles.stream()
        .map(map::get)
        .filter(role -> role != null && role != Role.PARTNER)
        .max(BY_WIDTH);
  }
}
