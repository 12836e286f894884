package io.tellerline.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The API's resources follow its two conventions. Every resource method says who may call it in
 * Tellerline's own annotations, which {@link ApiAuthorizationFilter} reads. A method without them
 * would be denied at run time; this finds it at build time. The standard {@code
 * jakarta.annotation.security} annotations are not used on resources (they would bring back
 * Payara's second, costly filter; see {@link ApiRolesAllowed}). And every resource is
 * application-scoped (platform.api.TellerlineApi says why).
 */
class ApiResourceConventionsTest {

  private static final List<Class<?>> RESOURCES =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
              .importPackages("io.tellerline")
              .stream()
              .filter(type -> type.isAnnotatedWith(Path.class))
              .map(JavaClass::reflect)
              .toList();

  @Test
  void theResourcesAreFound() {
    assertTrue(
        RESOURCES.size() >= 10,
        "expected the API's resources (10 when this test was written), found " + RESOURCES);
  }

  @Test
  void everyResourceMethodNamesWhoMayCallIt() {
    assertEquals(
        List.of(),
        undeclared(RESOURCES),
        "resource methods without exactly one caller declaration");
  }

  /** Built once, not per request (platform.api.TellerlineApi says why). */
  @Test
  void everyResourceIsApplicationScoped() {
    assertEquals(
        List.of(),
        RESOURCES.stream()
            .filter(resource -> !resource.isAnnotationPresent(ApplicationScoped.class))
            .map(Class::getSimpleName)
            .toList());
  }

  @Test
  void noResourceUsesTheStandardSecurityAnnotations() {
    List<String> standard = new ArrayList<>();
    for (Class<?> resource : RESOURCES) {
      if (hasStandardSecurityAnnotation(resource)) {
        standard.add(resource.getSimpleName());
      }
      for (Method method : resource.getDeclaredMethods()) {
        if (hasStandardSecurityAnnotation(method)) {
          standard.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), standard, "use ApiRolesAllowed / ApiPermitAll on API resources");
  }

  @Test
  void theCheckReportsAMethodWithoutADeclarationAndOneWithBoth() {
    assertEquals(
        List.of("Undeclared.get", "Both.get"), undeclared(List.of(Undeclared.class, Both.class)));
    assertEquals(List.of(), undeclared(List.of(Declared.class)));
  }

  /**
   * Resource methods with neither declaration, or with both on the method (ambiguous). A method's
   * {@link ApiPermitAll} overrides its class's {@link ApiRolesAllowed}, as in the filter.
   */
  private static List<String> undeclared(List<Class<?>> resources) {
    List<String> undeclared = new ArrayList<>();
    for (Class<?> resource : resources) {
      for (Method method : resourceMethods(resource)) {
        ApiRolesAllowed roles = method.getAnnotation(ApiRolesAllowed.class);
        boolean open = method.isAnnotationPresent(ApiPermitAll.class);
        if (roles == null && !open) {
          roles = resource.getAnnotation(ApiRolesAllowed.class);
        }
        boolean restricted = roles != null && roles.value().length > 0;
        if (open == restricted) {
          undeclared.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    return undeclared;
  }

  private static List<Method> resourceMethods(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredMethods())
        .filter(method -> Arrays.stream(method.getAnnotations()).anyMatch(isHttpMethod()))
        .toList();
  }

  private static Predicate<Annotation> isHttpMethod() {
    return annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class);
  }

  private static boolean hasStandardSecurityAnnotation(AnnotatedElement element) {
    return Arrays.stream(element.getAnnotations())
        .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.annotation.security"));
  }

  @Path("undeclared")
  static class Undeclared {
    @GET
    public String get() {
      return "";
    }
  }

  @Path("both")
  static class Both {
    @GET
    @ApiPermitAll
    @ApiRolesAllowed("customer")
    public String get() {
      return "";
    }
  }

  @Path("declared")
  @ApiRolesAllowed("customer")
  static class Declared {
    @GET
    public String get() {
      return "";
    }

    @GET
    @ApiPermitAll
    @Path("open")
    public String open() {
      return "";
    }
  }
}
