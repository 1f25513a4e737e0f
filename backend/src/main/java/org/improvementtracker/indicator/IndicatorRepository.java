package org.improvementtracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

  /** A plan's indicators (all plans: null) in number order, with their priorities. */
  public List<Indicator> listForScorecard(Long planId) {
    var query =
        getEntityManager()
            .createQuery(
                "select i from Indicator i left join fetch i.priority"
                    + (planId != null ? " where i.plan.id = :plan" : "")
                    + " order by i.number",
                Indicator.class);
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    return query.getResultList();
  }

  /** The indicators computed from records. */
  public List<Indicator> listDerived() {
    return list("derivation is not null order by number");
  }
}
