package org.improvementtracker.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PriorityRepository implements PanacheRepository<Priority> {

  public List<Priority> listForPlan(Long planId) {
    Sort order = Sort.by("plan.id").and("number");
    return planId == null ? listAll(order) : list("plan.id", order, planId);
  }
}
