package org.improvementtracker.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FindingRepository implements PanacheRepository<Finding> {

  /** Named areas first, then paragraphs in order, as the letter reads. */
  public List<Finding> listForPlan(Long planId) {
    String order = " order by f.plan.id, f.paragraph nulls first, f.id";
    return planId == null
        ? find("from Finding f" + order).list()
        : find("from Finding f where f.plan.id = ?1" + order, planId).list();
  }
}
