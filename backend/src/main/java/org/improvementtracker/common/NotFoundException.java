package org.improvementtracker.common;

/** The thing a request names does not exist. */
public class NotFoundException extends DomainException {
  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
