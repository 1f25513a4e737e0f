package org.improvementtracker.common;

import java.util.List;

/** One or more input fields are wrong, each named by its JSON path, as Bean Validation does. */
public class InvalidInputException extends DomainException {
  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidInputException(List<FieldError> errors) {
    super("The request has invalid fields");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
