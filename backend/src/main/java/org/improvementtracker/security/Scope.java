package org.improvementtracker.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Set;
import org.improvementtracker.common.Permission;

/** What an API token may be used for. A token's scopes can only narrow its owner's role. */
public enum Scope {
  READ("read", Set.of(Permission.PLAN_READ)),
  ACTIONS_WRITE(
      "actions:write",
      Set.of(Permission.PLAN_READ, Permission.PLAN_EDIT, Permission.ACTIONS_CONTRIBUTE)),
  INDICATORS_WRITE(
      "indicators:write",
      Set.of(Permission.PLAN_READ, Permission.INDICATORS_WRITE, Permission.INDICATORS_DEFINE)),
  AUDITS_WRITE("audits:write", Set.of(Permission.PLAN_READ, Permission.AUDITS_WRITE)),
  WORKFORCE_WRITE("workforce:write", Set.of(Permission.PLAN_READ, Permission.WORKFORCE_WRITE)),
  BULK("bulk", Set.of(Permission.PLAN_READ, Permission.BULK)),
  ADMIN("admin", Set.of(Permission.PLAN_READ, Permission.ADMIN));

  private final String value;
  private final Set<Permission> permissions;

  Scope(String value, Set<Permission> permissions) {
    this.value = value;
    this.permissions = permissions;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  @JsonCreator
  public static Scope of(String value) {
    return Arrays.stream(values())
        .filter(s -> s.value.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "must be one of "
                        + Arrays.stream(values())
                            .map(Scope::value)
                            .collect(java.util.stream.Collectors.joining(", "))));
  }
}
