package org.improvementtracker.security;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.improvementtracker.common.RequestIds;
import org.improvementtracker.common.TrackerConfig;

/**
 * Headers on every response: a CSP suited to a same-origin single-page app, no sniffing, no
 * framing, no referrer leaking; and a request id tying log lines and audit entries together. No
 * CORS headers are ever sent: the web app is served from the same origin as the API.
 */
@ApplicationScoped
public class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI ships inline scripts and styles; it gets a looser policy on its own path. */
  static final String DOCS_CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

  @Inject TrackerConfig config;

  void register(@Observes Router router) {
    router.route().order(-1000).handler(this::addHeaders);
  }

  void addHeaders(RoutingContext context) {
    String requestId = context.request().getHeader("X-Request-Id");
    // A caller's id is kept only if it is plain, as it goes into every log line of the request.
    if (requestId == null || !requestId.matches("[A-Za-z0-9._:-]{1,100}")) {
      requestId = UUID.randomUUID().toString();
    }
    context.put(CurrentUser.REQUEST_ID, requestId);
    RequestIds.set(requestId);
    HttpServerResponse response = context.response();
    String path = path(context);
    response.putHeader("X-Request-Id", requestId);
    response.putHeader(
        "Content-Security-Policy", path.startsWith("/q/swagger-ui") ? DOCS_CSP : CSP);
    response.putHeader("X-Content-Type-Options", "nosniff");
    response.putHeader("X-Frame-Options", "DENY");
    response.putHeader("Referrer-Policy", "no-referrer");
    response.putHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (config.session().secureCookies()) {
      // Served over HTTPS: browsers must never try plain HTTP for this host again.
      response.putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (path.startsWith("/api/")) {
      // Plan data is not for shared caches or the browser's back-button cache.
      response.putHeader("Cache-Control", "no-store");
    } else if (!path.startsWith("/assets/")) {
      // Only the build's hashed assets may be kept unasked; index.html and the rest are checked
      // again each time, so that an upgrade reaches every browser at once.
      response.headersEndHandler(
          ignored -> {
            String cache = response.headers().get("Cache-Control");
            if (cache == null || cache.contains("immutable") || cache.contains("max-age")) {
              response.putHeader("Cache-Control", "no-cache");
            }
          });
    }
    context.next();
  }

  /** The normalised path; the path as sent when it cannot be decoded (RequestGuard refuses it). */
  private static String path(RoutingContext context) {
    try {
      return context.normalizedPath();
    } catch (IllegalArgumentException e) {
      String path = context.request().path();
      return path == null ? "" : path;
    }
  }
}
