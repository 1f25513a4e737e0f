package org.improvementtracker.common;

/** The caller is known but may not do this (role, scope or organisation). */
public class NotPermittedException extends DomainException {
  public NotPermittedException(String message) {
    super(message);
  }
}
