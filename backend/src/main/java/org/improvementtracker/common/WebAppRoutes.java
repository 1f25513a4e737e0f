package org.improvementtracker.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the single-page web app for its own deep links: a browser asking for /actions/42 gets
 * index.html, and the app's router shows the page. API, documentation and asset paths are left
 * alone, so an unknown API path is still a 404 problem.
 *
 * <p>Assets under /assets/ carry a hash of their content in their name, so a browser may keep them
 * for a year; the page that names them (index.html, and every deep link) is checked each time, so a
 * new release reaches everyone at once.
 */
@ApplicationScoped
public class WebAppRoutes {
  private static final String INDEX = "META-INF/resources/index.html";
  static final String HASHED_ASSETS = "/assets/";
  static final String CACHE_A_YEAR = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  void register(@Observes Router router) {
    boolean hasWebApp = Thread.currentThread().getContextClassLoader().getResource(INDEX) != null;
    if (hasWebApp) {
      router.route().order(-950).handler(this::cacheHeaders);
      router.route().order(-900).handler(this::rerouteDeepLinks);
    }
  }

  void cacheHeaders(RoutingContext context) {
    String path = context.normalizedPath();
    if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
      String cacheControl = path.startsWith(HASHED_ASSETS) ? CACHE_A_YEAR : REVALIDATE;
      // Set as the headers go out, so that the static file handler's own default is replaced.
      context.addHeadersEndHandler(
          v -> {
            if (context.response().getStatusCode() == 200) {
              context.response().putHeader("Cache-Control", cacheControl);
            }
          });
    }
    context.next();
  }

  void rerouteDeepLinks(RoutingContext context) {
    String path = context.normalizedPath();
    boolean page =
        context.request().method() == HttpMethod.GET
            && !path.startsWith("/api/")
            && !path.startsWith("/q/")
            && !path.equals("/index.html")
            && !path.substring(path.lastIndexOf('/') + 1).contains(".");
    if (page && !path.equals("/")) {
      context.reroute("/index.html");
    } else {
      context.next();
    }
  }
}
