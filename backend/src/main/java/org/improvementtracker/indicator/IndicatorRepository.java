package org.improvementtracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

  /** A plan's indicators in number order, their figures fetched in the same query. */
  public List<Indicator> listWithValues(Long planId) {
    var query =
        getEntityManager()
            .createQuery(
                "select distinct i from Indicator i left join fetch i.values"
                    + " left join fetch i.priority"
                    + (planId != null ? " where i.plan.id = :plan" : "")
                    + " order by i.number",
                Indicator.class);
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    return query.getResultList();
  }

  /** The indicators computed from records, their figures fetched in the same query. */
  public List<Indicator> listDerived() {
    return getEntityManager()
        .createQuery(
            "select distinct i from Indicator i left join fetch i.values"
                + " where i.derivation is not null order by i.number",
            Indicator.class)
        .getResultList();
  }
}
