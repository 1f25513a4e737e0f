package org.improvementtracker.common;

import java.util.List;

/**
 * The input is allowed but looks like a slip (a percentage typed as a fraction): refused until the
 * caller confirms it, so that a mistake is caught before a board reads it and a real jump is kept.
 */
public class UnconfirmedWarningException extends DomainException {
  private final List<FieldError> warnings;
  private final String confirmWith;

  /**
   * @param confirmWith how to confirm, e.g. "send it again with acknowledgeWarnings=true"
   */
  public UnconfirmedWarningException(List<FieldError> warnings, String confirmWith) {
    super("Please check: " + confirmWith + " if it is right");
    this.warnings = List.copyOf(warnings);
    this.confirmWith = confirmWith;
  }

  public List<FieldError> warnings() {
    return warnings;
  }

  public String confirmWith() {
    return confirmWith;
  }
}
