package org.improvementtracker.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.improvementtracker.action.Action;
import org.improvementtracker.action.ActionDetails;
import org.improvementtracker.action.Rag;
import org.improvementtracker.finding.Finding;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.PlanRepository;
import org.improvementtracker.plan.Priority;
import org.jboss.logging.Logger;

/**
 * Loads Plymouth's published improvement plan into an empty database on first start, so that a new
 * installation shows a real plan. {@code DEMO_DATA=false} turns it off.
 */
@ApplicationScoped
public class DemoDataLoader {
  static final String SOURCE = "FDFV Dec 2022";
  static final String EVIDENCE_AUTHOR = "Published plan (April 2023)";
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  @Inject PlanRepository plans;
  @Inject EntityManager em;

  @ConfigProperty(name = "tracker.demo-data")
  boolean enabled;

  @Transactional
  void onStart(@Observes StartupEvent event) {
    if (!enabled || plans.count() > 0) {
      return;
    }
    DemoPlan demo = read();
    OffsetDateTime publishedAt =
        demo.plan().reportingDate().atStartOfDay().atOffset(ZoneOffset.UTC);
    Plan plan = new Plan(demo.plan().title(), demo.plan().organisation(), demo.plan().period());
    em.persist(plan);

    Map<Integer, Priority> priorities = new HashMap<>();
    for (DemoPlan.PriorityData p : demo.priorities()) {
      Priority priority = new Priority(plan, p.number(), p.title(), p.statement());
      em.persist(priority);
      priorities.put(p.number(), priority);
    }
    Map<String, Finding> findings = new HashMap<>();
    for (DemoPlan.FindingData f : demo.findings()) {
      Finding finding = new Finding(plan, SOURCE, f.paragraph(), f.summary(), f.priorityAction());
      em.persist(finding);
      findings.put(f.key(), finding);
    }
    for (DemoPlan.ActionData a : demo.actions()) {
      Set<Finding> cited = new LinkedHashSet<>();
      for (String key : a.findings()) {
        Finding finding = findings.get(key);
        if (finding == null) {
          throw new IllegalStateException("Demo action " + a.ref() + " cites unknown " + key);
        }
        cited.add(finding);
      }
      ActionDetails details =
          new ActionDetails(
              a.ref(),
              a.desiredOutcome(),
              a.action(),
              a.leads(),
              a.dueDate(),
              a.dueWording(),
              a.impact(),
              a.measure());
      Action action = new Action(priorities.get(a.priority()), details, cited, publishedAt);
      if (a.evidence() != null && !a.evidence().isBlank()) {
        action.recordProgress(
            demo.plan().reportingDate(), EVIDENCE_AUTHOR, a.evidence(), publishedAt);
      }
      if (a.rag() != null) {
        action.importRag(Rag.valueOf(a.rag()), EVIDENCE_AUTHOR, publishedAt);
      }
      em.persist(action);
    }
    LOG.infof(
        "Loaded the demo plan: %d priorities, %d findings, %d actions",
        demo.priorities().size(), demo.findings().size(), demo.actions().size());
  }

  private static DemoPlan read() {
    try (InputStream in =
        DemoDataLoader.class.getClassLoader().getResourceAsStream("demo/plan.json")) {
      if (in == null) {
        throw new IllegalStateException("demo/plan.json is missing from the application");
      }
      return new ObjectMapper()
          .findAndRegisterModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, DemoPlan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
