package org.improvementtracker;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * How the backend's packages may depend on each other, checked on every build. Features are
 * layered, lowest first: common, audit, security, plan, finding, indicator, action, board, report,
 * reminder, demo. A lower feature that needs something of a higher one declares an interface the
 * higher one implements (e.g. {@code plan.ActionCounts}).
 */
@AnalyzeClasses(
    packages = "org.improvementtracker",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  private static final String ROOT = "org.improvementtracker.";
  private static final String ANY_OF_OURS = "org.improvementtracker..";

  private static final String[] ABOVE_BOARD = {"report", "reminder", "demo"};
  private static final String[] ABOVE_ACTION = {"board", "report", "reminder", "demo"};
  private static final String[] ABOVE_INDICATOR = {"action", "board", "report", "reminder", "demo"};
  private static final String[] ABOVE_PLAN = {
    "finding", "indicator", "action", "board", "report", "reminder", "demo"
  };
  private static final String[] ABOVE_SECURITY = {
    "plan", "finding", "indicator", "action", "board", "report", "reminder", "demo"
  };
  private static final String[] ABOVE_AUDIT = {
    "security", "plan", "finding", "indicator", "action", "board", "report", "reminder", "demo"
  };

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("org.improvementtracker.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule commonKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage(ROOT + "common..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(ANY_OF_OURS).and(not(resideInAPackage(ROOT + "common.."))));

  @ArchTest
  static final ArchRule featuresDependOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("common")
          .definedBy(ROOT + "common..")
          .layer("audit")
          .definedBy(ROOT + "audit..")
          .layer("security")
          .definedBy(ROOT + "security..")
          .layer("plan")
          .definedBy(ROOT + "plan..")
          .layer("finding")
          .definedBy(ROOT + "finding..")
          .layer("indicator")
          .definedBy(ROOT + "indicator..")
          .layer("action")
          .definedBy(ROOT + "action..")
          .layer("board")
          .definedBy(ROOT + "board..")
          .layer("report")
          .definedBy(ROOT + "report..")
          .layer("reminder")
          .definedBy(ROOT + "reminder..")
          .layer("demo")
          .definedBy(ROOT + "demo..")
          .whereLayer("demo")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("reminder")
          .mayOnlyBeAccessedByLayers("demo")
          .whereLayer("report")
          .mayOnlyBeAccessedByLayers("reminder", "demo")
          .whereLayer("board")
          .mayOnlyBeAccessedByLayers(ABOVE_BOARD)
          .whereLayer("action")
          .mayOnlyBeAccessedByLayers(ABOVE_ACTION)
          .whereLayer("indicator")
          .mayOnlyBeAccessedByLayers(ABOVE_INDICATOR)
          .whereLayer("finding")
          .mayOnlyBeAccessedByLayers(ABOVE_INDICATOR)
          .whereLayer("plan")
          .mayOnlyBeAccessedByLayers(ABOVE_PLAN)
          .whereLayer("security")
          .mayOnlyBeAccessedByLayers(ABOVE_SECURITY)
          .whereLayer("audit")
          .mayOnlyBeAccessedByLayers(ABOVE_AUDIT);

  /** Resources are entry points for the framework: no class of ours calls one. */
  @ArchTest
  static final ArchRule resourcesAreUsedOnlyByTheFramework =
      classes().that().haveSimpleNameEndingWith("Resource").should(beUsedOnlyByThemselves());

  private static ArchCondition<JavaClass> beUsedOnlyByThemselves() {
    return new ArchCondition<>("be used by no other class") {
      @Override
      public void check(JavaClass resource, ConditionEvents events) {
        resource.getDirectDependenciesToSelf().stream()
            .filter(d -> !isPartOf(d.getOriginClass(), resource))
            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
      }
    };
  }

  private static boolean isPartOf(JavaClass origin, JavaClass resource) {
    return origin.equals(resource)
        || origin.getEnclosingClass().map(e -> e.equals(resource)).orElse(false);
  }
}
