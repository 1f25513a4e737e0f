package org.improvementtracker.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.improvementtracker.action.Action;
import org.improvementtracker.action.ActionDetails;
import org.improvementtracker.action.ActionLinks;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.caseaudit.AuditFigures;
import org.improvementtracker.caseaudit.AuditRecommendation;
import org.improvementtracker.caseaudit.CaseAudit;
import org.improvementtracker.common.FirstStart;
import org.improvementtracker.common.Period;
import org.improvementtracker.common.TrackerConfig;
import org.improvementtracker.finding.Finding;
import org.improvementtracker.indicator.Benchmark;
import org.improvementtracker.indicator.DerivedIndicators;
import org.improvementtracker.indicator.Indicator;
import org.improvementtracker.indicator.IndicatorDetails;
import org.improvementtracker.indicator.Target;
import org.improvementtracker.indicator.UnavailableFigure;
import org.improvementtracker.indicator.ValueStatus;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.PlanRepository;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.reminder.ReminderSettings;
import org.improvementtracker.security.AdminBootstrap;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.Passwords;
import org.improvementtracker.security.Role;
import org.improvementtracker.security.User;
import org.improvementtracker.workforce.CaseloadSnapshot;
import org.improvementtracker.workforce.Employment;
import org.improvementtracker.workforce.Team;
import org.improvementtracker.workforce.TeamSnapshot;
import org.improvementtracker.workforce.WorkerRole;
import org.improvementtracker.workforce.WorkforceFigures;
import org.jboss.logging.Logger;

/**
 * Loads Plymouth's published improvement plan into an empty database on first start, so that a new
 * installation shows a real plan, with one demo account per role (passwords in the README). {@code
 * DEMO_DATA=false} turns it off; production runs with it off.
 */
@ApplicationScoped
public class DemoDataLoader {
  static final String SOURCE = "FDFV Dec 2022";
  static final String COUNCIL = "Plymouth City Council";
  static final int BEFORE_ADMIN = AdminBootstrap.AFTER_DEMO_DATA - 10;
  static final String EVIDENCE_AUTHOR = "Published plan (April 2023)";
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  /** Demo partner agencies, and the action refs whose leads name partners or the partnership. */
  static final List<String> PARTNERS = List.of("Devon and Cornwall Police", "NHS Devon");

  static final Set<String> PARTNER_LED_REFS = Set.of("1.3", "1.4", "2.8", "3.10");

  /** username, display name, role, partner organisation (null: the council). */
  static final List<List<String>> ACCOUNTS =
      List.of(
          List.of("demo-admin", "Demo Administrator", "ADMIN", ""),
          List.of("editor", "Erin Editor (Head of Service)", "EDITOR", ""),
          List.of("performance", "Pat Performance (Performance Officer)", "PERFORMANCE", ""),
          List.of("viewer", "Vic Viewer (Improvement Board)", "VIEWER", ""),
          List.of("partner", "Paula Partner (Police)", "PARTNER", "Devon and Cornwall Police"),
          List.of("health", "Hari Health (NHS)", "PARTNER", "NHS Devon"));

  @Inject PlanRepository plans;
  @Inject EntityManager em;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject TrackerConfig config;
  @Inject Clock clock;
  @Inject DerivedIndicators derivedIndicators;
  @Inject WorkforceFigures workforceFigures;
  @Inject AuditFigures auditFigures;
  @Inject DemoBoards boards;

  /**
   * One transaction, so that a failed load leaves an empty database to retry; given minutes, as it
   * writes some thousand rows (snapshots, audits) and computes the derived indicators from them.
   */
  @Transactional
  @TransactionConfiguration(timeout = 600)
  void onStart(@Observes @jakarta.annotation.Priority(BEFORE_ADMIN) StartupEvent event) {
    if (!config.demoData()) {
      return;
    }
    FirstStart.lock(em); // another server starting now may be loading it
    if (plans.count() > 0) {
      return;
    }
    Map<String, Organisation> organisations = createOrganisationsAndAccounts();
    DemoPlan demo = read("demo/plan.json", DemoPlan.class);
    OffsetDateTime publishedAt =
        demo.plan().reportingDate().atStartOfDay().atOffset(ZoneOffset.UTC);
    Set<Organisation> partners =
        new LinkedHashSet<>(PARTNERS.stream().map(organisations::get).toList());
    Plan plan = new Plan(demo.plan().title(), demo.plan().organisation(), demo.plan().period());
    em.persist(plan);

    Map<Integer, Priority> priorities = new HashMap<>();
    for (DemoPlan.PriorityData p : demo.priorities()) {
      Priority priority = new Priority(plan, p.number(), p.title(), p.statement());
      em.persist(priority);
      priorities.put(p.number(), priority);
    }
    Map<Integer, Indicator> indicators = loadIndicators(plan, priorities, publishedAt);
    DemoLinks links = read("demo/links.json", DemoLinks.class);
    requireKnownRefs(links, demo);
    Map<String, Finding> findings = new HashMap<>();
    for (DemoPlan.FindingData f : demo.findings()) {
      Finding finding = new Finding(plan, SOURCE, f.paragraph(), f.summary(), f.priorityAction());
      em.persist(finding);
      findings.put(f.key(), finding);
    }
    for (DemoPlan.ActionData a : demo.actions()) {
      Set<Finding> cited = new LinkedHashSet<>();
      for (String key : findingKeys(a, links)) {
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
      Action action =
          new Action(
              priorities.get(a.priority()),
              details,
              new ActionLinks(
                  cited,
                  measuredBy(a.ref(), links, indicators),
                  PARTNER_LED_REFS.contains(a.ref()) ? partners : Set.of()),
              publishedAt);
      if (a.evidence() != null && !a.evidence().isBlank()) {
        action.recordProgress(
            demo.plan().reportingDate(), EVIDENCE_AUTHOR, a.evidence(), publishedAt);
      }
      if (a.rag() != null) {
        action.importRag(Rag.valueOf(a.rag()), EVIDENCE_AUTHOR, publishedAt);
      }
      em.persist(action);
    }
    int indicatorCount = indicators.size();
    Map<String, Team> teams = loadWorkforce(publishedAt);
    int auditCount = loadAudits(teams, publishedAt);
    em.flush();
    derivedIndicators.refresh(workforceFigures);
    derivedIndicators.refresh(auditFigures);
    boards.load(
        plan,
        priorities,
        organisations.get(COUNCIL),
        partners,
        em.createQuery("from User u where u.username = 'editor'", User.class).getSingleResult(),
        publishedAt,
        java.time.LocalDate.now(clock));
    ReminderSettings editorWork =
        new ReminderSettings(
            em.createQuery("select u.id from User u where u.username = 'editor'", Long.class)
                .getSingleResult());
    editorWork.change(null, List.of("HOS Front Door", "Team Managers MASH", "Team Manager"));
    em.persist(editorWork);
    audit.recordSystem(
        "DEMO_DATA_LOADED",
        "Plan",
        plan.getId(),
        Map.of(
            "actions",
            demo.actions().size(),
            "findings",
            demo.findings().size(),
            "indicators",
            indicatorCount,
            "teams",
            teams.size(),
            "audits",
            auditCount));
    LOG.infof(
        "Loaded the demo plan: %d priorities, %d findings, %d actions, %d indicators; demo"
            + " accounts %s",
        demo.priorities().size(),
        demo.findings().size(),
        demo.actions().size(),
        indicatorCount,
        ACCOUNTS.stream().map(a -> a.get(0)).toList());
  }

  /**
   * Loads the indicators with every printed figure (final, as published), and turns comparator
   * targets ("7.6% England") into benchmark points for the plan's last month.
   */
  /** A link to a ref the plan does not have is a typing slip in links.json. */
  private static void requireKnownRefs(DemoLinks links, DemoPlan demo) {
    Set<String> refs =
        new HashSet<>(demo.actions().stream().map(DemoPlan.ActionData::ref).toList());
    Stream.concat(
            links.practiceImprovementAreas().stream().flatMap(area -> area.actions().stream()),
            links.measures().stream().map(DemoLinks.Measure::action))
        .filter(ref -> !refs.contains(ref))
        .findFirst()
        .ifPresent(
            ref -> {
              throw new IllegalStateException("demo/links.json names no action " + ref);
            });
  }

  /** The findings an action row cites, then the practice-improvement areas it answers. */
  private static List<String> findingKeys(DemoPlan.ActionData action, DemoLinks links) {
    List<String> keys = new ArrayList<>(action.findings());
    links.practiceImprovementAreas().stream()
        .filter(area -> area.actions().contains(action.ref()))
        .forEach(area -> keys.add(area.finding()));
    return keys;
  }

  /** The indicators that measure an action, as its "How will we measure" names them. */
  private static Set<Indicator> measuredBy(
      String ref, DemoLinks links, Map<Integer, Indicator> indicators) {
    Set<Indicator> measuring = new LinkedHashSet<>();
    links.measures().stream()
        .filter(measure -> measure.action().equals(ref))
        .flatMap(measure -> measure.indicators().stream())
        .forEach(
            number -> {
              Indicator indicator = indicators.get(number);
              if (indicator == null) {
                throw new IllegalStateException(
                    "Demo action " + ref + " names indicator " + number);
              }
              measuring.add(indicator);
            });
    return measuring;
  }

  /** The plan's indicators with their printed figures, by number. */
  private Map<Integer, Indicator> loadIndicators(
      Plan plan, Map<Integer, Priority> priorities, OffsetDateTime publishedAt) {
    DemoIndicators demo = read("demo/indicators.json", DemoIndicators.class);
    Map<Integer, Indicator> byNumber = new HashMap<>();
    Period lastMonth = Period.of("2023-03");
    for (DemoIndicators.IndicatorData d : demo.indicators()) {
      Target target = new Target(d.target().kind(), d.target().value(), d.target().comparator());
      Indicator indicator =
          new Indicator(
              plan,
              new IndicatorDetails(
                  d.number(),
                  d.name(),
                  d.area(),
                  d.areaNote(),
                  d.unit(),
                  d.basis(),
                  d.polarity(),
                  target,
                  d.mtfp(),
                  d.flags(),
                  d.dataStatus()),
              priorities.get(d.priority()),
              publishedAt);
      if (d.derivation() != null) {
        derivedIndicators.derive(indicator, d.derivation());
      }
      em.persist(indicator);
      byNumber.put(d.number(), indicator);
      List<DemoIndicators.Figure> figures =
          d.values().stream().sorted(Comparator.comparing(f -> Period.of(f.period()))).toList();
      for (DemoIndicators.Figure figure : figures) {
        em.persist(
            indicator
                .record(
                    null,
                    Period.of(figure.period()),
                    figure.value(),
                    null,
                    null,
                    ValueStatus.FINAL,
                    null,
                    EVIDENCE_AUTHOR,
                    publishedAt)
                .value());
      }
      indicator.refreshVerdicts(figures.stream().map(DemoIndicators.Figure::value).toList());
      for (DemoIndicators.Missing missing : d.notAvailable()) {
        em.persist(
            new UnavailableFigure(
                indicator,
                Period.of(missing.period()),
                missing.reason(),
                EVIDENCE_AUTHOR,
                publishedAt));
      }
      if (target.getComparator() != null) {
        em.persist(new Benchmark(indicator, target.getComparator(), lastMonth, target.getValue()));
      }
    }
    return byNumber;
  }

  /**
   * Loads the demo teams and their month-end snapshots, from which indicators 59-67 are computed;
   * they reproduce every figure the plan prints for October 2022 to March 2023.
   */
  private Map<String, Team> loadWorkforce(OffsetDateTime at) {
    DemoRecords.Workforce demo = read("demo/workforce.json", DemoRecords.Workforce.class);
    Map<String, Team> teams = new HashMap<>();
    for (DemoRecords.TeamData t : demo.teams()) {
      Team team = new Team(t.code(), t.name(), t.serviceArea(), at);
      em.persist(team);
      teams.put(t.code(), team);
    }
    for (List<String> row : demo.caseloads()) {
      Map<String, String> c = columns(demo.caseloadColumns(), row);
      em.persist(
          new CaseloadSnapshot(
              teams.get(c.get("team")),
              new CaseloadSnapshot.Details(
                  Period.of(c.get("month")),
                  c.get("workerReference"),
                  WorkerRole.valueOf(c.get("role")),
                  Employment.valueOf(c.get("employment")),
                  new BigDecimal(c.get("fte")),
                  Integer.parseInt(c.get("childrenAllocated")),
                  Integer.parseInt(c.get("supervisionsDue")),
                  Integer.parseInt(c.get("supervisionsInTime"))),
              at));
    }
    for (List<String> row : demo.teamSnapshots()) {
      Map<String, String> c = columns(demo.teamSnapshotColumns(), row);
      em.persist(
          new TeamSnapshot(
              teams.get(c.get("team")),
              new TeamSnapshot.Details(
                  Period.of(c.get("month")),
                  new BigDecimal(c.get("establishmentFte")),
                  new BigDecimal(c.get("vacantFte")),
                  new BigDecimal(c.get("leaversFte")),
                  new BigDecimal(c.get("agencyFte"))),
              at));
    }
    return teams;
  }

  /** Loads demo case audits from April 2023, with recommendations (some still open, overdue). */
  private int loadAudits(Map<String, Team> teams, OffsetDateTime at) {
    DemoRecords.Audits demo = read("demo/audits.json", DemoRecords.Audits.class);
    for (DemoRecords.AuditData a : demo.audits()) {
      CaseAudit audit =
          new CaseAudit(
              teams.get(a.team()),
              new CaseAudit.Details(
                  a.auditDate(),
                  a.auditor(),
                  a.type(),
                  a.caseReference(),
                  a.grade(),
                  a.moderatedGrade(),
                  a.dueDate(),
                  a.completedDate(),
                  a.themes(),
                  a.learning()),
              at);
      for (DemoRecords.RecommendationData r : a.recommendations()) {
        audit.recommend(
            new AuditRecommendation.Details(
                r.text(), r.owner(), r.dueDate(), r.status(), r.completionNote()),
            at);
      }
      em.persist(audit);
    }
    return demo.audits().size();
  }

  private static Map<String, String> columns(List<String> names, List<String> row) {
    Map<String, String> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.put(names.get(i), row.get(i));
    }
    return byName;
  }

  private Map<String, Organisation> createOrganisationsAndAccounts() {
    Map<String, Organisation> organisations = new HashMap<>();
    Organisation council = new Organisation(COUNCIL, Organisation.Kind.COUNCIL);
    em.persist(council);
    organisations.put(COUNCIL, council);
    for (String name : PARTNERS) {
      Organisation partner = new Organisation(name, Organisation.Kind.PARTNER);
      em.persist(partner);
      organisations.put(name, partner);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (List<String> account : ACCOUNTS) {
      String username = account.get(0);
      Organisation organisation =
          account.get(3).isEmpty() ? council : organisations.get(account.get(3));
      em.persist(
          new User(
              username,
              account.get(1),
              organisation,
              Role.valueOf(account.get(2)),
              passwords.hash("password", demoPassword(username)),
              now));
    }
    return organisations;
  }

  /** Documented in the README; demo accounts exist only when demo data is loaded. */
  static String demoPassword(String username) {
    return username + "-password";
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the application");
      }
      // The files carry review notes (printed text, reasons) that the loader does not need.
      return new ObjectMapper()
          .findAndRegisterModules()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
