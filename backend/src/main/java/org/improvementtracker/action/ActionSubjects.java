package org.improvementtracker.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.improvementtracker.audit.AuditSubjects;

/** Names actions in the audit trail by their plan reference: "Action 2.7". */
@ApplicationScoped
public class ActionSubjects implements AuditSubjects {

  @Inject EntityManager em;

  @Override
  public String entityType() {
    return "Action";
  }

  @Override
  public Map<String, String> names(Collection<String> entityIds) {
    return AuditSubjects.named(
        em, "select a.id, a.ref from Action a where a.id in :ids", "Action", entityIds);
  }
}
