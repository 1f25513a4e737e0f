package org.improvementtracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Field names are the JSON names the client sent, and
 * no class name or stack trace ever reaches the response.
 */
public class ProblemMappers {

  public static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @Inject ObjectMapper json;

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    Response.ResponseBuilder builder = builder(e.toProblem(path(uri)));
    e.headers().forEach(builder::header);
    return builder.build();
  }

  /** The one place where the domain's refusals become HTTP statuses. */
  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri) {
    return respond(problemOf(e, path(uri)));
  }

  static Problem problemOf(DomainException e, String instance) {
    if (e instanceof NotFoundException) {
      return new Problem("about:blank", "Not Found", 404, e.getMessage(), instance, null);
    }
    if (e instanceof InvalidInputException invalid) {
      return validation(invalid.errors(), instance);
    }
    if (e instanceof UnconfirmedWarningException unconfirmed) {
      return new Problem(
          ProblemTypes.UNCONFIRMED_WARNING,
          "Please confirm",
          422,
          "This looks like a slip: " + unconfirmed.confirmWith() + " if it is right, or correct it",
          instance,
          unconfirmed.warnings());
    }
    if (e instanceof RuleViolationException) {
      return new Problem(
          ProblemTypes.RULE, "Refused by a plan rule", 409, e.getMessage(), instance, null);
    }
    if (e instanceof NotPermittedException) {
      return new Problem("about:blank", "Forbidden", 403, e.getMessage(), instance, null);
    }
    if (e instanceof StaleVersionException) {
      return new Problem(
          ProblemTypes.STALE,
          "The resource has changed since you read it",
          412,
          e.getMessage(),
          instance,
          null);
    }
    if (e instanceof VersionRequiredException) {
      return new Problem(
          ProblemTypes.PRECONDITION_REQUIRED,
          "If-Match header required",
          428,
          e.getMessage(),
          instance,
          null);
    }
    throw new IllegalStateException("No problem defined for " + e.getClass().getSimpleName());
  }

  private static Problem validation(List<FieldError> errors, String instance) {
    return new Problem(
        ProblemTypes.VALIDATION,
        "Invalid request",
        400,
        "The request has invalid fields",
        instance,
        errors);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return respond(validation(errors, path(uri)));
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    if (e instanceof JsonMappingException mapping
        && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
      // Valid JSON of the wrong shape: name the field, or the body as a whole.
      String field = mapping.getPath().isEmpty() ? "body" : jsonPath(mapping.getPath());
      return respond(validation(List.of(new FieldError(field, messageFor(mapping))), path(uri)));
    }
    return respond(
        new Problem(
            ProblemTypes.MALFORMED,
            "Malformed JSON",
            400,
            "The request body is not valid JSON: "
                + withoutClassNames(firstLine(e.getOriginalMessage())),
            path(uri),
            null));
  }

  /** Declared on its own so that it takes precedence over the framework's built-in mapper. */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return unreadableJson(e, uri);
  }

  /** No or bad credentials: 401, with the Bearer challenge programs expect. */
  @ServerExceptionMapper({
    io.quarkus.security.UnauthorizedException.class,
    io.quarkus.security.AuthenticationFailedException.class
  })
  public Response unauthenticated(RuntimeException e, UriInfo uri) {
    return builder(
            new Problem(
                "about:blank",
                "Unauthorized",
                401,
                "Sign in, or send a valid API token as Authorization: Bearer <token>",
                path(uri),
                null))
        .header("WWW-Authenticate", "Bearer realm=\"improvement-tracker\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(
      io.quarkus.security.ForbiddenException e, UriInfo uri, ResourceInfo resource) {
    RefusalHint hint =
        resource == null || resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(RefusalHint.class);
    return respond(
        problemOf(
            new NotPermittedException(
                "Your role, or your token's scopes, do not allow this"
                    + (hint == null
                        ? "; see GET /api/v1/me for your permissions"
                        : ". " + hint.value())),
            path(uri)));
  }

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return respond(
        problemOf(
            new StaleVersionException(
                "Someone else changed this resource at the same time; read it again and retry"),
            path(uri)));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException unreadable) {
        return unreadableJson(unreadable, uri);
      }
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known != null ? known.getReasonPhrase() : "Error";
    String detail = status == 404 ? "No resource at this address" : safeDetail(e, title);
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(PROBLEM_JSON)
            .entity(write(new Problem("about:blank", title, status, detail, path(uri), null)));
    e.getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.build();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseOutage.isCause(e)) {
      LOG.warnf("Database unavailable: %s", DatabaseOutage.summary(e));
      return builder(
              new Problem(
                  ProblemTypes.UNAVAILABLE,
                  "Service Unavailable",
                  503,
                  "The database is unavailable for the moment; nothing was changed. Try again"
                      + " shortly.",
                  path(uri),
                  null))
          .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.error("Unexpected error", e);
    return respond(
        new Problem(
            "about:blank",
            "Internal Server Error",
            500,
            "The server could not complete the request; the error has been logged",
            path(uri),
            null));
  }

  private Response respond(Problem problem) {
    return builder(problem).build();
  }

  private Response.ResponseBuilder builder(Problem problem) {
    return Response.status(problem.status()).type(PROBLEM_JSON).entity(write(problem));
  }

  private String write(Problem problem) {
    try {
      return json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** The client-facing message of framework exceptions is kept only when it is our own text. */
  private static String safeDetail(WebApplicationException e, String title) {
    String message = e.getMessage();
    if (message == null || message.startsWith("HTTP ") || message.contains("Exception")) {
      return title;
    }
    return message;
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    List<Path.Node> nodes = new java.util.ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    int start = 0;
    if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
      start = 1;
      // A body parameter's own name is noise ("create.body.ref" -> "ref"); a query parameter is
      // the field itself.
      if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
        start = 2;
      }
    }
    for (Path.Node node : nodes.subList(start, nodes.size())) {
      if (node.isInIterable()) {
        field
            .append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(name);
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  private static String messageFor(JsonMappingException e) {
    if (e.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
      // Our own value types explain themselves (e.g. "must be one of read, admin").
      return invalid.getMessage();
    }
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> target = mismatch.getTargetType();
      if (target.isEnum()) {
        return "must be one of "
            + Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
      }
      if (target == LocalDate.class) {
        return "must be a date written YYYY-MM-DD";
      }
      if (target == OffsetDateTime.class) {
        return "must be a date-time written like 2023-04-17T09:00:00Z";
      }
      if (Number.class.isAssignableFrom(target)
          || (target.isPrimitive() && target != boolean.class)) {
        return "must be a number";
      }
      if (target == Boolean.class || target == boolean.class) {
        return "must be true or false";
      }
      if (target == String.class) {
        return "must be a string";
      }
      if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
        return "must be a list";
      }
      if (e instanceof InvalidFormatException) {
        return "has an invalid value";
      }
    }
    return "has the wrong type";
  }

  /** The parser's words, without the Java types it sometimes names (`java.lang.String`). */
  private static String withoutClassNames(String message) {
    return message
        .replaceAll("`?\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$.]*`?", "value")
        .replaceAll("\\((?:through reference chain|for Object starting)[^)]*\\)", "");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
