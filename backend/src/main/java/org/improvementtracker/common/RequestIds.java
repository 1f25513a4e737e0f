package org.improvementtracker.common;

import org.jboss.logging.MDC;

/**
 * The id of the request being served, kept in the logging context so that every log line written
 * for it, and every problem document it ends in, carries the same id as its X-Request-Id header.
 */
public final class RequestIds {
  public static final String MDC_KEY = "requestId";

  private RequestIds() {}

  public static void set(String requestId) {
    MDC.put(MDC_KEY, requestId);
  }

  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }
}
