package org.improvementtracker.common;

/** The caller changes a version of a resource that is no longer the current one. */
public class StaleVersionException extends DomainException {
  public StaleVersionException(String message) {
    super(message);
  }
}
