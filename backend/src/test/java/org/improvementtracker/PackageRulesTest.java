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
import com.tngtech.archunit.library.Architectures;
import java.util.List;

/**
 * How the backend's packages may depend on each other, checked on every build. Features are
 * layered, lowest first, as {@link #LAYERS} lists them. A lower feature that needs something of a
 * higher one declares an interface the higher one implements (e.g. {@code plan.ActionCounts};
 * {@code indicator.DerivedFigures}, which workforce and caseaudit implement to compute indicators
 * from their records).
 */
@AnalyzeClasses(
    packages = "org.improvementtracker",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  private static final String ROOT = "org.improvementtracker.";
  private static final String ANY_OF_OURS = "org.improvementtracker..";

  /** Lowest first: a layer may use the ones before it, never the ones after. */
  static final List<String> LAYERS =
      List.of(
          "common",
          "audit",
          "security",
          "plan",
          "finding",
          "indicator",
          "workforce",
          "caseaudit",
          "action",
          "board",
          "report",
          "reminder",
          "bulk",
          "demo");

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

  @ArchTest static final ArchRule featuresDependOneWay = layersInOrder();

  private static ArchRule layersInOrder() {
    Architectures.LayeredArchitecture rule =
        layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : LAYERS) {
      rule = rule.layer(layer).definedBy(ROOT + layer + "..");
    }
    for (int i = 1; i < LAYERS.size(); i++) {
      List<String> above = LAYERS.subList(i + 1, LAYERS.size());
      rule =
          above.isEmpty()
              ? rule.whereLayer(LAYERS.get(i)).mayNotBeAccessedByAnyLayer()
              : rule.whereLayer(LAYERS.get(i))
                  .mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
    }
    return rule;
  }

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
