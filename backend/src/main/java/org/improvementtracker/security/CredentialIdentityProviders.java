package org.improvementtracker.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Answers a credential from {@link CredentialCache} when it was verified moments ago; otherwise
 * hands it to {@link CredentialVerifier} on a worker thread (it reads the database) and keeps the
 * answer.
 */
public final class CredentialIdentityProviders {
  private CredentialIdentityProviders() {}

  @Singleton
  static class Lookup {
    @Inject CredentialCache cache;
    @Inject Clock clock;

    /** {@code kind} keeps a session's hash and a token's hash apart in the cache. */
    Uni<SecurityIdentity> authenticate(
        String kind,
        String secret,
        Function<String, CredentialVerifier.Verified> verify,
        AuthenticationRequestContext context) {
      String hash = Secrets.sha256(secret);
      String key = kind + hash;
      SecurityIdentity known = cache.get(key, OffsetDateTime.now(clock));
      if (known != null) {
        return Uni.createFrom().item(known);
      }
      long generation = cache.generation();
      return context.runBlocking(
          () -> {
            CredentialVerifier.Verified verified = verify.apply(hash);
            cache.put(
                key,
                verified.identity(),
                OffsetDateTime.now(clock),
                verified.validUntil(),
                generation);
            return verified.identity();
          });
    }
  }

  @ApplicationScoped
  public static class Tokens implements IdentityProvider<ApiTokenAuthenticationRequest> {
    @Inject Lookup lookup;
    @Inject CredentialVerifier verifier;

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
      return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
      return lookup.authenticate("token:", request.secret(), verifier::verifyToken, context);
    }
  }

  @ApplicationScoped
  public static class Sessions implements IdentityProvider<SessionAuthenticationRequest> {
    @Inject Lookup lookup;
    @Inject CredentialVerifier verifier;

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
      return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        SessionAuthenticationRequest request, AuthenticationRequestContext context) {
      return lookup.authenticate("session:", request.sessionId(), verifier::verifySession, context);
    }
  }
}
