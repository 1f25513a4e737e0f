package org.improvementtracker.audit;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names audited entities the way the plan does ("Action 2.7", "Indicator 12"). The feature that
 * owns an entity type implements it, so the trail, below every feature, reads no feature's tables.
 */
public interface AuditSubjects {

  /** The entity type named, as recorded in the trail (e.g. "Action"). */
  String entityType();

  /** The names of the given entity ids; an id it does not know is left out. */
  Map<String, String> names(Collection<String> entityIds);

  /**
   * Runs a query selecting (id, label) for the given ids and names each "prefix label". The trail
   * keeps ids as text: ids that are not numbers cannot name a row and are left out.
   */
  static Map<String, String> named(
      EntityManager em, String idAndLabelQuery, String prefix, Collection<String> entityIds) {
    List<Long> ids =
        entityIds.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(idAndLabelQuery, Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> names.put(String.valueOf(row[0]), prefix + " " + row[1]));
    }
    return names;
  }
}
