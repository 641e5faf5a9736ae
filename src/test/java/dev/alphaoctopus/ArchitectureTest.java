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

  @ArchTest
  static final ArchRule the_clients_know_nothing_of_the_layers_above =
      noClasses()
          .that()
          .resideInAnyPackage("..octopus..", "..alpha..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.alphaoctopus.config..",
              "dev.alphaoctopus.agent..",
              "dev.alphaoctopus.http..",
              "dev.alphaoctopus.cli..",
              "dev.alphaoctopus.sim..");

  @ArchTest static final ArchRule octopus_does_not_know_alpha = doesNotUse("octopus", "alpha");

  @ArchTest static final ArchRule alpha_does_not_know_octopus = doesNotUse("alpha", "octopus");

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

  private static ArchRule doesNotUse(String user, String used) {
    return noClasses()
        .that()
        .resideInAPackage("dev.alphaoctopus." + user + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.alphaoctopus." + used + "..");
  }
}
