package org.improvementtracker.common;

import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal decided at the HTTP edge: a query parameter that cannot be converted, a missing
 * sign-in, a CSRF or lockout refusal. The domain throws {@link DomainException}s instead; this one
 * is a {@link WebApplicationException} so that it passes unchanged through parameter conversion.
 */
public class ProblemException extends WebApplicationException {

  private final int status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, Object> headers = new LinkedHashMap<>();

  public ProblemException(
      int status, String type, String title, String detail, List<FieldError> errors) {
    super(detail, status);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors;
  }

  /** A single invalid parameter, reported exactly like a Bean Validation failure. */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        400,
        ProblemTypes.VALIDATION,
        "Invalid request",
        "The request has invalid fields",
        List.of(new FieldError(field, message)));
  }

  /** Adds a response header, e.g. Retry-After on a 429. */
  public ProblemException header(String name, Object value) {
    headers.put(name, value);
    return this;
  }

  public Map<String, Object> headers() {
    return headers;
  }

  public Problem toProblem(String instance) {
    return new Problem(type, title, status, getMessage(), instance, errors);
  }

  public int status() {
    return status;
  }
}
