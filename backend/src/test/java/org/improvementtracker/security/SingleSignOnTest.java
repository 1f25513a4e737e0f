package org.improvementtracker.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a mock OpenID Connect provider (Quarkus' WireMock one, whose user "alice"
 * has the groups "user" and "admin"). Its own profile, so it boots a second app.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithProvider.class)
class SingleSignOnTest {

  public static class WithProvider implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>();
      config.put("tracker.sso.enabled", "true");
      config.put("tracker.sso.role-map", "user=VIEWER, admin=EDITOR");
      config.put("quarkus.oidc.tenant-enabled", "true");
      config.put("quarkus.http.auth.permission.sso.enabled", "true");
      config.put("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/");
      config.put("quarkus.oidc.client-id", "quarkus-web-app");
      config.put("quarkus.oidc.credentials.secret", "secret");
      return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
    }
  }

  @Test
  void shouldSignStaffInThroughTheProviderWithTheirMappedRole() {
    Map<String, String> cookies = new HashMap<>();
    // 1. The app sends the browser to the provider.
    Response toProvider = given().redirects().follow(false).get("/api/v1/session/sso");
    assertEquals(302, toProvider.statusCode());
    cookies.putAll(toProvider.getCookies());
    URI authorize = URI.create(toProvider.getHeader("Location"));
    Map<String, String> query = query(authorize);

    // 2. The user signs in there; the provider sends the browser back with a code.
    Response back =
        given()
            .redirects()
            .follow(false)
            .queryParam("state", query.get("state"))
            .queryParam("redirect_uri", query.get("redirect_uri"))
            .get(authorize.resolve("/login"));
    assertEquals(302, back.statusCode());

    // 3. The app exchanges the code and opens a session of its own.
    String next = back.getHeader("Location");
    Response response = null;
    for (int hop = 0; hop < 4 && next != null; hop++) {
      response = given().redirects().follow(false).cookies(cookies).get(URI.create(next));
      cookies.putAll(response.getCookies());
      next = response.statusCode() / 100 == 3 ? response.getHeader("Location") : null;
      if (cookies.containsKey(TrackerAuthMechanism.SESSION_COOKIE)) {
        break;
      }
    }
    assertNotNull(response);
    assertEquals(303, response.statusCode());
    assertTrue(response.getHeader("Location").endsWith("/"), response.getHeader("Location"));

    // The session is ours: the user is "alice", an editor by the "admin" group mapping.
    given()
        .cookie(
            TrackerAuthMechanism.SESSION_COOKIE, cookies.get(TrackerAuthMechanism.SESSION_COOKIE))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("alice"))
        .body("role", equalTo("EDITOR"))
        .body("via", equalTo("SESSION"))
        .body("organisation.kind", equalTo("COUNCIL"));
  }

  @Test
  void shouldOfferSingleSignOnOnTheSignInPage() {
    given()
        .get("/api/v1/session/options")
        .then()
        .statusCode(200)
        .body("singleSignOn", equalTo(true));
  }

  @Test
  void shouldStillAnswerApiCallsWithoutCredentialsWith401() {
    given().get("/api/v1/actions").then().statusCode(401);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> params = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int equals = pair.indexOf('=');
      params.put(
          pair.substring(0, equals),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
