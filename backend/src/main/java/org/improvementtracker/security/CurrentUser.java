package org.improvementtracker.security;

import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request, as recorded on the changes they make. */
@RequestScoped
public class CurrentUser {

  public String displayName() {
    return "anonymous";
  }
}
