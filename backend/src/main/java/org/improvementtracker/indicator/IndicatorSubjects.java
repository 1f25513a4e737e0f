package org.improvementtracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.improvementtracker.audit.AuditSubjects;

/** Names indicators in the audit trail by their number in the plan: "Indicator 12". */
@ApplicationScoped
public class IndicatorSubjects implements AuditSubjects {

  @Inject EntityManager em;

  @Override
  public String entityType() {
    return "Indicator";
  }

  @Override
  public Map<String, String> names(Collection<String> entityIds) {
    return AuditSubjects.named(
        em, "select i.id, i.number from Indicator i where i.id in :ids", "Indicator", entityIds);
  }
}
