package io.tellerline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules the build enforces (see README, "Architecture"). */
@AnalyzeClasses(packages = "io.tellerline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Domain models hold business rules only: JPA and Bean Validation annotations are allowed. */
  @ArchTest
  static final ArchRule domainIsFreeOfFrameworkPlumbing =
      noClasses()
          .that()
          .resideInAPackage("io.tellerline..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..",
              "jakarta.faces..",
              "jakarta.ejb..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.servlet..",
              "jakarta.json..",
              "org.bouncycastle..",
              "opennlp..",
              "com.nimbusds..",
              "org.flywaydb..",
              "org.eclipse.microprofile..");

  @ArchTest
  static final ArchRule domainDoesNotReachOutwards =
      noClasses()
          .that()
          .resideInAPackage("io.tellerline..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.tellerline..application..", "io.tellerline..infrastructure..");

  @ArchTest
  static final ArchRule applicationDoesNotDependOnAdapters =
      noClasses()
          .that()
          .resideInAPackage("io.tellerline..application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.tellerline..infrastructure..");
}
