package org.improvementtracker.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.improvementtracker.Api;
import org.improvementtracker.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords is slow for everyone alike: by client address first, then by username, for
 * names that exist and names that do not; and a stranger cannot keep someone else locked out.
 */
@QuarkusTest
class SignInThrottlingTest {

  private static void newViewer(String username) {
    Api.newUser(username, "VIEWER");
  }

  private static Response signIn(String address, String username, String password) {
    return Api.from(address)
        .body(Map.of("username", username, "password", password))
        .post("/api/v1/session");
  }

  /** Statuses of 25 wrong passwords for {@code username}, each from an address of its own. */
  private static List<Integer> guessFromManyAddresses(String username, int subnet) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      statuses.add(
          signIn("198.51." + subnet + "." + i, username, "guess-number-" + i).statusCode());
    }
    return statuses;
  }

  @Test
  void shouldThrottleUnknownUsernamesExactlyLikeRealOnes() {
    newViewer("real-person");
    List<Integer> real = guessFromManyAddresses("real-person", 1);
    List<Integer> ghost = guessFromManyAddresses("nobody-by-this-name", 2);
    assertThat(ghost, org.hamcrest.Matchers.equalTo(real));
    assertThat(real.subList(0, 19), everyItem(org.hamcrest.Matchers.is(401)));
    assertThat(real.subList(20, 25), everyItem(org.hamcrest.Matchers.is(429)));
    int retryAfter =
        Integer.parseInt(
            signIn("198.51.3.1", "nobody-by-this-name", "x-password-xx").header("Retry-After"));
    assertThat("a username lock is short", retryAfter, lessThanOrEqualTo(300));
  }

  @Test
  void shouldStopAStrangersAddressBeforeTheAccountTheyAttack() {
    newViewer("targeted");
    for (int i = 0; i < 5; i++) {
      signIn("203.0.113.66", "targeted", "wrong-" + i).then().statusCode(401);
    }
    // The stranger's address is locked, whatever name it tries next...
    signIn("203.0.113.66", "someone-else", "wrong").then().statusCode(429);
    signIn("203.0.113.66", "targeted", "targeted-long-password").then().statusCode(429);
    // ...while the account's owner, elsewhere, signs in as usual.
    signIn("203.0.113.7", "targeted", "targeted-long-password").then().statusCode(200);
  }

  @Test
  void shouldNotLetAUsernameForgeALogLine() {
    List<org.jboss.logmanager.ExtLogRecord> records =
        LogCapture.during(
            SessionService.class,
            () ->
                signIn(
                        "192.0.2.77",
                        "mallory\n12:00:00 INFO  [or.im.se.SessionService] admin signed in",
                        "x")
                    .then()
                    .statusCode(401));
    List<String> lines =
        records.stream()
            .map(r -> new java.util.logging.SimpleFormatter().formatMessage(r))
            .filter(m -> m.contains("mallory"))
            .toList();
    assertThat(lines, not(empty()));
    assertThat(lines, everyItem(not(containsString("\n"))));
  }
}
