package dev.alphaoctopus.alpha;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The client stays a library: no actors' protocols, settings, routes or commands leak in. */
@AnalyzeClasses(
    packages = "dev.alphaoctopus.alpha",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AlphaArchitectureTest {

  @ArchTest
  static final ArchRule alpha_depends_only_on_java_planning_jackson_pekko_scala_and_slf4j =
      classes()
          .that()
          .resideInAPackage("dev.alphaoctopus.alpha..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "dev.alphaoctopus.alpha..",
              "dev.alphaoctopus.planning..",
              "com.fasterxml.jackson..",
              "org.apache.pekko..",
              "scala..",
              "org.slf4j..");
}
