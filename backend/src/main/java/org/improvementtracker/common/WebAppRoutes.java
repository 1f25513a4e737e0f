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
 */
@ApplicationScoped
public class WebAppRoutes {
  private static final String INDEX = "META-INF/resources/index.html";

  void register(@Observes Router router) {
    boolean hasWebApp = Thread.currentThread().getContextClassLoader().getResource(INDEX) != null;
    if (hasWebApp) {
      router.route().order(-900).handler(this::rerouteDeepLinks);
    }
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
