package dev.alphaoctopus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN §1: data flows one way and the planner stays pure. */
@AnalyzeClasses(packages = "dev.alphaoctopus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule planning_depends_on_the_jdk_alone =
      classes()
          .that()
          .resideInAPackage("..planning..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.alphaoctopus.planning..");

  @ArchTest
  static final ArchRule planning_does_no_io_and_reads_no_clock =
      noClasses()
          .that()
          .resideInAPackage("..planning..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.util.logging..")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.Clock.class, "systemUTC")
          .orShould()
          .callMethod(java.time.ZoneId.class, "systemDefault")
          .orShould()
          .callMethod(System.class, "currentTimeMillis");

  @ArchTest
  static final ArchRule config_depends_on_the_jdk_its_libraries_and_planning_values =
      classes()
          .that()
          .resideInAPackage("..config..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "com.typesafe.config..",
              "io.github.cdimascio.dotenv..",
              "dev.alphaoctopus.config..",
              "dev.alphaoctopus.planning..");

  /**
   * Each client knows planning values and its libraries; not the other client, nor any layer above.
   */
  @ArchTest
  static final ArchRule octopus_depends_on_planning_values_and_its_libraries_alone =
      clientRule("octopus");

  @ArchTest
  static final ArchRule alpha_depends_on_planning_values_and_its_libraries_alone =
      clientRule("alpha");

  @ArchTest
  static final ArchRule only_the_command_line_prints =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.alphaoctopus.cli..")
          .and()
          .doNotHaveFullyQualifiedName("dev.alphaoctopus.Main")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");

  @ArchTest
  static final ArchRule packages_are_free_of_cycles =
      slices().matching("dev.alphaoctopus.(*)..").should().beFreeOfCycles();

  private static ArchRule clientRule(String client) {
    return classes()
        .that()
        .resideInAPackage("dev.alphaoctopus." + client + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.alphaoctopus." + client + "..",
            "dev.alphaoctopus.planning..",
            "com.fasterxml.jackson..",
            "org.apache.pekko..",
            "scala..",
            "org.slf4j..");
  }
}
