package io.tellerline.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** One way in to cryptography: only the crypto package talks to BouncyCastle; no Jakarta EE. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.tellerline.privacy");

  @Test
  void onlyTheCryptoPackageUsesBouncyCastle() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.tellerline.privacy.crypto..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle..")
        .check(CLASSES);
  }

  @Test
  void plainJavaWithoutJakartaEe() {
    noClasses().should().dependOnClassesThat().resideInAPackage("jakarta..").check(CLASSES);
  }

  @Test
  void detectionKnowsNothingOfTokensOrCiphers() {
    noClasses()
        .that()
        .resideInAPackage("io.tellerline.privacy.detection..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.tellerline.privacy.tokenization..", "io.tellerline.privacy.crypto..")
        .check(CLASSES);
  }
}
