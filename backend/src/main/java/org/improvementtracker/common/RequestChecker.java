package org.improvementtracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request body's Bean Validation constraints outside a resource, as bulk uploads check
 * each row: a broken constraint is an {@link InvalidInputException} naming the body's field.
 */
@ApplicationScoped
public class RequestChecker {

  @Inject Validator validator;

  public <T> T valid(T request) {
    List<FieldError> errors =
        validator.validate(request).stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return request;
  }
}
