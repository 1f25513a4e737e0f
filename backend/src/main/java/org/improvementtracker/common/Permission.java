package org.improvementtracker.common;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a request may do. A request holds the permissions its user's role grants, narrowed by its
 * token's scopes when it comes with a token. Endpoints name them in {@code @RolesAllowed} through
 * {@link Names}, whose compile-time constants are the same strings.
 */
@Schema(description = "A permission, as GET /api/v1/me lists them")
public enum Permission {
  /** Read the plan, its actions, findings and indicators. */
  PLAN_READ(Names.PLAN_READ),
  /** Edit plan text: create, change and archive actions, rate RAG, decide RAG proposals. */
  PLAN_EDIT(Names.PLAN_EDIT),
  /** Add progress updates and propose RAG changes (partners: only on actions they co-lead). */
  ACTIONS_CONTRIBUTE(Names.ACTIONS_CONTRIBUTE),
  /** Enter and correct indicator figures and benchmarks. */
  INDICATORS_WRITE(Names.INDICATORS_WRITE),
  /** Create and change indicator definitions (name, unit, polarity, target…). */
  INDICATORS_DEFINE(Names.INDICATORS_DEFINE),
  AUDITS_WRITE(Names.AUDITS_WRITE),
  WORKFORCE_WRITE(Names.WORKFORCE_WRITE),
  BULK(Names.BULK),
  /** Users, organisations, every token, the audit log. */
  ADMIN(Names.ADMIN);

  private final String value;

  Permission(String value) {
    this.value = value;
  }

  /** The name as the API and {@code @RolesAllowed} write it, e.g. "plan:read". */
  @JsonValue
  public String value() {
    return value;
  }

  /** The permission names as constants, for annotations. */
  public static final class Names {
    public static final String PLAN_READ = "plan:read";
    public static final String PLAN_EDIT = "plan:edit";
    public static final String ACTIONS_CONTRIBUTE = "actions:contribute";
    public static final String INDICATORS_WRITE = "indicators:write";
    public static final String INDICATORS_DEFINE = "indicators:define";
    public static final String AUDITS_WRITE = "audits:write";
    public static final String WORKFORCE_WRITE = "workforce:write";
    public static final String BULK = "bulk";
    public static final String ADMIN = "admin";

    private Names() {}
  }
}
