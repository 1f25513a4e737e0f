package org.improvementtracker.security;

import static org.improvementtracker.common.Permission.ACTIONS_CONTRIBUTE;
import static org.improvementtracker.common.Permission.AUDITS_WRITE;
import static org.improvementtracker.common.Permission.BULK;
import static org.improvementtracker.common.Permission.INDICATORS_DEFINE;
import static org.improvementtracker.common.Permission.INDICATORS_WRITE;
import static org.improvementtracker.common.Permission.PLAN_EDIT;
import static org.improvementtracker.common.Permission.PLAN_READ;
import static org.improvementtracker.common.Permission.WORKFORCE_WRITE;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.improvementtracker.common.Permission;

/** A user's one role, and the permissions it grants. */
public enum Role {
  ADMIN(
      PLAN_READ,
      PLAN_EDIT,
      ACTIONS_CONTRIBUTE,
      INDICATORS_WRITE,
      INDICATORS_DEFINE,
      AUDITS_WRITE,
      WORKFORCE_WRITE,
      BULK,
      Permission.ADMIN),
  EDITOR(
      PLAN_READ,
      PLAN_EDIT,
      ACTIONS_CONTRIBUTE,
      INDICATORS_WRITE,
      INDICATORS_DEFINE,
      AUDITS_WRITE,
      WORKFORCE_WRITE),
  PERFORMANCE(PLAN_READ, INDICATORS_WRITE, AUDITS_WRITE, WORKFORCE_WRITE, BULK),
  PARTNER(PLAN_READ, ACTIONS_CONTRIBUTE),
  VIEWER(PLAN_READ);

  private final Set<Permission> permissions;

  Role(Permission... permissions) {
    this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(List.of(permissions)));
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  /** The permissions a request has when it comes with a token of these scopes. */
  public Set<Permission> permissions(Collection<Scope> scopes) {
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    scopes.forEach(scope -> granted.addAll(scope.permissions()));
    granted.retainAll(permissions);
    return granted;
  }

  /** Scopes a token of this role may carry: those that unlock something the role can do. */
  public Set<Scope> grantableScopes() {
    return Arrays.stream(Scope.values())
        .filter(
            scope ->
                scope == Scope.READ
                    || scope.permissions().stream()
                        .anyMatch(p -> p != PLAN_READ && permissions.contains(p)))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
  }
}
