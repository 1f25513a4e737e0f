package org.improvementtracker.common;

/** A rule of the plan refuses the change (e.g. GREEN without evidence); the user can resolve it. */
public class RuleViolationException extends DomainException {
  public RuleViolationException(String message) {
    super(message);
  }
}
