package dev.alphaoctopus.octopus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OctopusPackageDependenciesTest {

  @Test
  void the_octopus_client_depends_only_on_planning_values_jackson_pekko_and_slf4j() {
    classes()
        .that()
        .resideInAPackage("dev.alphaoctopus.octopus..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "dev.alphaoctopus.octopus..",
            "dev.alphaoctopus.planning..",
            "com.fasterxml.jackson..",
            "org.apache.pekko..",
            "scala..",
            "org.slf4j..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.alphaoctopus.octopus"));
  }
}
