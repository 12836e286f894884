package io.tellerline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.domain.AuditTrail;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The architecture rules the build enforces (see README, "Architecture"). */
@AnalyzeClasses(packages = "io.tellerline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * The capabilities of tellerline-core in their one order: each may use those before it, never
   * those after it (see each package's package-info).
   */
  static final List<String> CHAIN =
      List.of(
          "kernel",
          "platform",
          "audit",
          "identity",
          "banking",
          "privacy",
          "knowledge",
          "insight",
          "recommendation",
          "conversation",
          "training",
          "staffassist",
          "startup");

  /** No dependency loop between capabilities (nor between any top-level packages). */
  @ArchTest
  static final ArchRule capabilitiesAreFreeOfCycles =
      slices().matching("io.tellerline.(*)..").should().beFreeOfCycles();

  @ArchTest static final ArchRule capabilitiesFormOneChain = chain();

  /** A new capability takes its place in the chain (libraries such as the NLU stand outside). */
  @ArchTest
  static final ArchRule everyCapabilityIsInTheChain =
      classes()
          .that()
          .resideInAPackage("io.tellerline..")
          .should()
          .resideInAnyPackage(
              CHAIN.stream()
                  .map(capability -> "io.tellerline." + capability + "..")
                  .toList()
                  .toArray(String[]::new))
          .orShould()
          .resideInAPackage("io.tellerline.nlu..");

  private static ArchRule chain() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String capability : CHAIN) {
      layers = layers.layer(capability).definedBy("io.tellerline." + capability + "..");
    }
    for (int i = 0; i < CHAIN.size() - 1; i++) {
      layers =
          layers
              .whereLayer(CHAIN.get(i))
              .mayOnlyBeAccessedByLayers(CHAIN.subList(i + 1, CHAIN.size()).toArray(String[]::new));
    }
    return layers.whereLayer(CHAIN.get(CHAIN.size() - 1)).mayNotBeAccessedByAnyLayer();
  }

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

  /**
   * One way to audit: only the audit capability creates events, through its builder, which takes
   * the actor from the container's caller (see {@code Audit}).
   */
  @ArchTest
  static final ArchRule auditEventsAreCreatedOnlyByTheAuditBuilder =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.tellerline.audit..")
          .should()
          .callConstructor(
              AuditEvent.class,
              AuditEventType.class,
              String.class,
              UUID.class,
              String.class,
              Instant.class)
          .because("events are written through audit.application.Audit");

  @ArchTest
  static final ArchRule theAuditTrailIsWrittenOnlyByTheAuditBuilder =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.tellerline.audit..")
          .should()
          .callMethod(AuditTrail.class, "record", AuditEvent.class)
          .because("events are written through audit.application.Audit");
}
