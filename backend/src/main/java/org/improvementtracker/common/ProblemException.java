package org.improvementtracker.common;

import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal the client can act on. Services throw it (through the factories below) and {@link
 * ProblemMappers} turns it into an RFC 9457 response.
 */
public class ProblemException extends WebApplicationException {

  private final int status;
  private final String type;
  private final String title;
  private final List<Problem.FieldError> errors;
  private final Map<String, Object> headers = new LinkedHashMap<>();

  public ProblemException(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    // A WebApplicationException, so that it also passes unchanged through parameter conversion.
    super(detail, status);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(
        404, "about:blank", "Not Found", what + " " + id + " does not exist", null);
  }

  /** A single invalid field, reported exactly like a Bean Validation failure. */
  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException invalid(List<Problem.FieldError> errors) {
    return new ProblemException(
        400, ProblemTypes.VALIDATION, "Invalid request", "The request has invalid fields", errors);
  }

  /** The caller is known but may not do this (role, scope or organisation). */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "about:blank", "Forbidden", detail, null);
  }

  /** A business rule refused the change (e.g. GREEN without evidence). */
  public static ProblemException ruleViolation(String detail) {
    return new ProblemException(409, ProblemTypes.RULE, "Refused by a plan rule", detail, null);
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(
        412, ProblemTypes.STALE, "The resource has changed since you read it", detail, null);
  }

  public static ProblemException preconditionRequired(String detail) {
    return new ProblemException(
        428, ProblemTypes.PRECONDITION_REQUIRED, "If-Match header required", detail, null);
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
