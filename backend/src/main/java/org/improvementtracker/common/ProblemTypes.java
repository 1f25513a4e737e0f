package org.improvementtracker.common;

/** Problem type URIs; relative so they resolve against wherever the API is served. */
public final class ProblemTypes {
  public static final String VALIDATION = "/problems/validation";
  public static final String MALFORMED = "/problems/malformed-request";
  public static final String RULE = "/problems/rule-violation";
  public static final String STALE = "/problems/stale-version";
  public static final String PRECONDITION_REQUIRED = "/problems/if-match-required";
  public static final String UNCONFIRMED_WARNING = "/problems/unconfirmed-warning";
  public static final String UNAVAILABLE = "/problems/database-unavailable";

  private ProblemTypes() {}
}
