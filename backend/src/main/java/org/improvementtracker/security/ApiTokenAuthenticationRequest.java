package org.improvementtracker.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * An API token from an Authorization: Bearer header. A type of our own, so that the single sign-on
 * provider's token requests never reach our token lookup, nor ours theirs.
 */
public class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {
  private final String secret;

  public ApiTokenAuthenticationRequest(String secret) {
    this.secret = secret;
  }

  public String secret() {
    return secret;
  }
}
