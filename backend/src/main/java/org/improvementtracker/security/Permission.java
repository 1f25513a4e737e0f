package org.improvementtracker.security;

/**
 * The permissions endpoints check with {@code @RolesAllowed}. A request holds those its user's role
 * grants, narrowed by its token's scopes when it comes with a token.
 */
public final class Permission {
  /** Read the plan, its actions, findings and (later) indicators. */
  public static final String PLAN_READ = "plan:read";

  /** Edit plan text: create, change and archive actions, rate RAG, decide RAG proposals. */
  public static final String PLAN_EDIT = "plan:edit";

  /** Add progress updates and propose RAG changes (partners: only on actions they co-lead). */
  public static final String ACTIONS_CONTRIBUTE = "actions:contribute";

  /** Enter and correct indicator figures and benchmarks. */
  public static final String INDICATORS_WRITE = "indicators:write";

  /** Create and change indicator definitions (name, unit, polarity, target…). */
  public static final String INDICATORS_DEFINE = "indicators:define";

  public static final String AUDITS_WRITE = "audits:write";
  public static final String WORKFORCE_WRITE = "workforce:write";
  public static final String BULK = "bulk";

  /** Users, organisations, every token, the audit log. */
  public static final String ADMIN = "admin";

  private Permission() {}
}
