package org.improvementtracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses hostile text before any resource sees it: a control character in the path, a query
 * parameter or a header is the same 400 problem as one in a JSON field ({@link ControlCharacters}).
 * The HTTP layer's own refusals (a body too large, a bad request) are given problem bodies here
 * too, so that every error of the server has one shape.
 */
@ApplicationScoped
public class RequestGuard {
  /** After the request id is set (order -1000), before the body is read and the API. */
  static final int ORDER = -999;

  /**
   * Our limits, below the HTTP decoder's own (application.properties), so that a request beyond
   * them still reaches us and gets a problem body rather than the decoder's empty refusal.
   */
  static final int MAX_URI_LENGTH = 8192;

  static final int MAX_HEADERS_LENGTH = 16384;

  /** The system property that leaves checking the address to us (see {@link #isValidUri}). */
  public static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

  /** Bulk uploads may be as large as the decoder admits; every other body is held lower. */
  static final String UPLOADS = "/api/v1/bulk/";

  @Inject TrackerConfig config;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxUploadSize;

  @Inject ObjectMapper json;

  void register(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
    for (int status : new int[] {400, 413, 414, 431}) {
      router.errorHandler(status, context -> refuse(context, status, null, null));
    }
  }

  void check(RoutingContext context) {
    if (context.request().uri().length() > MAX_URI_LENGTH) {
      refuse(context, 414, null, null);
      return;
    }
    if (!isValidUri(context.request().uri())) {
      refuse(context, 400, "url", "is not a valid URL");
      return;
    }
    int headersLength = 0;
    for (Map.Entry<String, String> header : context.request().headers()) {
      headersLength += header.getKey().length() + header.getValue().length() + 4;
    }
    if (headersLength > MAX_HEADERS_LENGTH) {
      refuse(context, 431, null, null);
      return;
    }
    String declared = context.request().getHeader("Content-Length");
    if (declared != null
        && declared.matches("\\d{1,18}")
        && Long.parseLong(declared)
            > (context.request().path().startsWith(UPLOADS)
                    ? maxUploadSize
                    : config.limits().maxBodySize())
                .asLongValue()) {
      refuse(context, 413, null, null);
      return;
    }
    String refused;
    try {
      refused = refusedPart(context);
    } catch (IllegalArgumentException e) {
      refuse(context, 400, "url", "is not a valid URL (bad percent-encoding)");
      return;
    }
    if (refused != null) {
      refuse(context, 400, refused, ControlCharacters.REFUSAL);
      return;
    }
    context.next();
  }

  /**
   * The address as {@link URI} reads it. Quarkus makes the same check before any handler of ours
   * and answers an empty 400, so the server turns that off ({@code vertx.disableURIValidation}, set
   * by Main and for tests) and the check is made here, with a problem body.
   */
  static boolean isValidUri(String uri) {
    try {
      new URI(uri);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The name of the first path, parameter or header that holds refused text, or null. */
  private static String refusedPart(RoutingContext context) {
    String path = context.request().path();
    if (path != null
        && ControlCharacters.refused(QueryStringDecoder.decodeComponent(path), false)) {
      return "path";
    }
    String query = context.request().query();
    if (query != null) {
      for (Map.Entry<String, List<String>> parameter :
          new QueryStringDecoder(query, StandardCharsets.UTF_8, false).parameters().entrySet()) {
        if (ControlCharacters.refused(parameter.getKey(), false)) {
          return "query";
        }
        for (String value : parameter.getValue()) {
          if (ControlCharacters.refused(value, false)) {
            return parameter.getKey();
          }
        }
      }
    }
    for (Map.Entry<String, String> header : context.request().headers()) {
      if (ControlCharacters.refused(header.getValue(), false)) {
        return header.getKey();
      }
    }
    return null;
  }

  private void refuse(RoutingContext context, int status, String field, String message) {
    HttpServerResponse response = context.response();
    if (response.ended() || response.headWritten()) {
      return;
    }
    Problem problem =
        switch (status) {
          case 413 ->
              problem(context, status, "Request body too large", "The request body is too large");
          case 414 -> problem(context, status, "URI too long", "The request's address is too long");
          case 431 ->
              problem(
                  context,
                  status,
                  "Request headers too large",
                  "The request's headers are too large");
          default ->
              field == null
                  ? problem(context, 400, "Bad Request", "The request could not be read")
                  : new Problem(
                      ProblemTypes.VALIDATION,
                      "Invalid request",
                      400,
                      "The request has invalid fields",
                      instance(context),
                      List.of(new FieldError(field, message)));
        };
    try {
      response
          .setStatusCode(status)
          .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
          .putHeader("Connection", status == 400 ? "keep-alive" : "close")
          .end(json.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Problem problem(RoutingContext context, int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, instance(context), null);
  }

  /** The path as sent, unless it is itself the hostile part. */
  private static String instance(RoutingContext context) {
    String path = context.request().path();
    return path == null || ControlCharacters.refused(path, false) || path.length() > 2000
        ? null
        : path;
  }
}
