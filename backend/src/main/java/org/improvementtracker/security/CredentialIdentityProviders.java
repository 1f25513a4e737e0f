package org.improvementtracker.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands credentials to {@link CredentialVerifier} on a worker thread (it reads the database). */
public final class CredentialIdentityProviders {
  private CredentialIdentityProviders() {}

  @ApplicationScoped
  public static class Tokens implements IdentityProvider<ApiTokenAuthenticationRequest> {
    @Inject CredentialVerifier verifier;

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
      return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
      return context.runBlocking(() -> verifier.verifyToken(request.secret()));
    }
  }

  @ApplicationScoped
  public static class Sessions implements IdentityProvider<SessionAuthenticationRequest> {
    @Inject CredentialVerifier verifier;

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
      return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        SessionAuthenticationRequest request, AuthenticationRequestContext context) {
      return context.runBlocking(() -> verifier.verifySession(request.sessionId()));
    }
  }
}
