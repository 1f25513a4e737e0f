package org.improvementtracker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.improvementtracker.common.Permission;
import org.junit.jupiter.api.Test;

/** When sessions and tokens stop working, and how repeated failures lock an account. */
class CredentialRulesTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-26T09:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);

  private static User user() {
    return new User(
        "jo",
        "Jo",
        new Organisation("Council", Organisation.Kind.COUNCIL),
        Role.EDITOR,
        "hash",
        NOW.minusDays(1));
  }

  @Test
  void shouldEndASessionAfterTheIdleTimeoutUnlessUsed() {
    UserSession session = new UserSession("h", user(), "csrf", NOW, Duration.ofHours(12));
    assertTrue(session.isValid(NOW.plusMinutes(29), IDLE));
    assertFalse(session.isValid(NOW.plusMinutes(31), IDLE));

    session.touch(NOW.plusMinutes(20));
    assertTrue(session.isValid(NOW.plusMinutes(45), IDLE));
  }

  @Test
  void shouldEndASessionAtItsAbsoluteTimeoutEvenWhenInUse() {
    UserSession session = new UserSession("h", user(), "csrf", NOW, Duration.ofHours(12));
    for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
      session.touch(NOW.plusMinutes(minutes));
    }
    assertTrue(session.isValid(NOW.plusHours(11).plusMinutes(59), IDLE));
    assertFalse(session.isValid(NOW.plusHours(12), IDLE));
  }

  @Test
  void shouldEndSessionsWhenThePasswordChangesOrTheUserIsDisabled() {
    User user = user();
    UserSession session = new UserSession("h", user, "csrf", NOW, Duration.ofHours(12));
    user.changePassword("new-hash", NOW.plusMinutes(1));
    assertFalse(session.isValid(NOW.plusMinutes(2), IDLE));

    User other = user();
    UserSession second = new UserSession("h2", other, "csrf", NOW, Duration.ofHours(12));
    other.update("Jo", other.getOrganisation(), Role.EDITOR, false);
    assertFalse(second.isValid(NOW.plusMinutes(1), IDLE));
  }

  @Test
  void shouldStopATokenWhenExpiredRevokedOrItsUserDisabled() {
    User user = user();
    ApiToken token =
        new ApiToken(
            user, "t", "hash", "itk_abcdefgh", EnumSet.of(Scope.READ), NOW, NOW.plusDays(90));
    assertTrue(token.isUsable(NOW.plusDays(89)));
    assertFalse(token.isUsable(NOW.plusDays(90)));
    token.revoke(NOW.plusDays(1));
    assertFalse(token.isUsable(NOW.plusDays(2)));
    assertEquals(Set.of(Scope.READ), token.scopes());
  }

  @Test
  void shouldLockAnAddressAfterFiveFailuresForLongerEachTime() {
    SignInThrottle address = new SignInThrottle("address:192.0.2.1");
    for (int i = 0; i < 4; i++) {
      address.recordFailure(SignInThrottle.Policy.ADDRESS, NOW);
    }
    assertEquals(0, address.lockedForSeconds(NOW));
    address.recordFailure(SignInThrottle.Policy.ADDRESS, NOW);
    assertEquals(30, address.lockedForSeconds(NOW));
    address.recordFailure(SignInThrottle.Policy.ADDRESS, NOW);
    assertEquals(60, address.lockedForSeconds(NOW));
    for (int i = 0; i < 10; i++) {
      address.recordFailure(SignInThrottle.Policy.ADDRESS, NOW);
    }
    assertEquals(15 * 60, address.lockedForSeconds(NOW), "never longer than 15 minutes");
    address.reset();
    assertEquals(0, address.lockedForSeconds(NOW));
  }

  @Test
  void shouldLockAUsernameOnlyAfterManyAddressesFailAndNeverForLong() {
    SignInThrottle name = new SignInThrottle("username:admin");
    for (int i = 0; i < 19; i++) {
      name.recordFailure(SignInThrottle.Policy.USERNAME, NOW);
    }
    assertEquals(0, name.lockedForSeconds(NOW), "one address is stopped long before this");
    for (int i = 0; i < 30; i++) {
      name.recordFailure(SignInThrottle.Policy.USERNAME, NOW);
    }
    assertEquals(
        5 * 60, name.lockedForSeconds(NOW), "a stranger holds an account 5 minutes at most");
    name.recordFailure(SignInThrottle.Policy.USERNAME, NOW.plusHours(1));
    assertEquals(0, name.lockedForSeconds(NOW.plusHours(1)), "old failures are forgotten");
  }

  @Test
  void shouldLetTokensOnlyNarrowARole() {
    assertEquals(Set.of(Scope.READ), Role.VIEWER.grantableScopes());
    assertEquals(EnumSet.of(Scope.READ, Scope.ACTIONS_WRITE), Role.PARTNER.grantableScopes());
    assertFalse(
        Role.PARTNER.permissions(EnumSet.of(Scope.READ)).contains(Permission.ACTIONS_CONTRIBUTE));
    assertFalse(Role.EDITOR.permissions(EnumSet.allOf(Scope.class)).contains(Permission.ADMIN));
  }
}
