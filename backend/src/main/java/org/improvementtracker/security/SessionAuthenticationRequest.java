package org.improvementtracker.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session cookie a browser sent. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {
  private final String sessionId;

  public SessionAuthenticationRequest(String sessionId) {
    this.sessionId = sessionId;
  }

  public String sessionId() {
    return sessionId;
  }
}
