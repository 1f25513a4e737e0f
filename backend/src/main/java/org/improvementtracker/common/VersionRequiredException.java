package org.improvementtracker.common;

/** The caller changes a resource without saying which version they read. */
public class VersionRequiredException extends DomainException {
  public VersionRequiredException(String message) {
    super(message);
  }
}
