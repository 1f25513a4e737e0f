package org.improvementtracker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the identity provider's roles or groups become ours. */
class SsoRolesTest {
  private static final Map<String, Role> MAP =
      SsoRoles.parse(" Tracker.Board = VIEWER, Tracker.Editors=EDITOR,Tracker.Perf=PERFORMANCE ");

  @Test
  void shouldGiveTheWidestMappedRole() {
    assertEquals(
        Optional.of(Role.EDITOR), SsoRoles.of(List.of("Tracker.Board", "Tracker.Editors"), MAP));
    assertEquals(Optional.of(Role.VIEWER), SsoRoles.of(List.of("Tracker.Board", "Finance"), MAP));
  }

  @Test
  void shouldRefuseUsersWithNoMappedRoleAndNeverMakePartners() {
    assertTrue(SsoRoles.of(List.of("Finance"), MAP).isEmpty());
    assertTrue(SsoRoles.of(List.of("Police"), SsoRoles.parse("Police=PARTNER")).isEmpty());
  }

  @Test
  void shouldExplainAMalformedMap() {
    assertThrows(IllegalArgumentException.class, () -> SsoRoles.parse("Tracker.Editors"));
    assertThrows(IllegalArgumentException.class, () -> SsoRoles.parse("Tracker.Editors=CHIEF"));
  }
}
