package io.tellerline.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The console's session state can be replicated. The web module is distributable: in the cluster
 * each session, with the view-scoped beans of the pages a person has open, is copied through
 * Payara's data grid so that she keeps working when her instance dies. One field whose value cannot
 * be serialized drops every view of the session from the copy (Payara logs "Cannot serialize
 * session attribute com.sun.faces.application.view.activeViewMaps" and copies the rest). Fields of
 * view- and session-scoped beans, and the fields of their values in turn, must be serializable;
 * injected ones are Weld's to check (it refuses a deployment whose passivating bean has a
 * dependency that cannot passivate).
 */
class ReplicatedSessionStateTest {

  private static final List<Class<?>> SESSION_STATE =
      annotatedWith(ViewScoped.class).stream().map(JavaClass::reflect).toList();

  @Test
  void theViewScopedBeansAreFound() {
    assertTrue(
        SESSION_STATE.size() >= 12,
        "expected the console's view-scoped beans (12 when this test was written): "
            + SESSION_STATE);
  }

  @Test
  void everyValueAViewOrSessionKeepsCanBeSerialized() {
    List<String> problems = new ArrayList<>();
    Set<Class<?>> checked = new HashSet<>();
    for (Class<?> bean : SESSION_STATE) {
      fieldsOf(bean, bean.getSimpleName(), checked, problems);
    }
    assertEquals(List.of(), problems, "values that would keep the session from being replicated");
  }

  @Test
  void noBeanIsSessionScoped() {
    // The sign-in lives in the container's session; if a session-scoped bean is added, add it
    // above.
    assertEquals(
        List.of(), annotatedWith(SessionScoped.class).stream().map(JavaClass::getName).toList());
  }

  private static List<JavaClass> annotatedWith(Class<? extends Annotation> annotation) {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.tellerline")
            .stream()
            .filter(type -> type.isAnnotatedWith(annotation))
            .toList();
  }

  private static void fieldsOf(
      Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
    if (!checked.add(type)) {
      return;
    }
    for (Class<?> level = type;
        level != null && level != Object.class;
        level = level.getSuperclass()) {
      for (Field field : level.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isSynthetic()) {
          continue;
        }
        value(
            field.getGenericType(),
            path + "." + field.getName(),
            replacesItself(level),
            checked,
            problems);
      }
    }
  }

  /**
   * A record with optional values replaces itself with {@code kernel.SerializedRecord}, which
   * unwraps them.
   */
  private static boolean replacesItself(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .anyMatch(method -> method.getName().equals("writeReplace"));
  }

  private static void value(
      Type type, String path, boolean replaced, Set<Class<?>> checked, List<String> problems) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      if (Collection.class.isAssignableFrom(raw)
          || Map.class.isAssignableFrom(raw)
          || Optional.class.equals(raw)) {
        if (Optional.class.equals(raw) && !replaced) {
          problems.add(path + ": Optional is not serializable (see kernel.SerializedRecord)");
        }
        for (Type element : generic.getActualTypeArguments()) {
          value(element, path + "[]", false, checked, problems);
        }
        return;
      }
      value(raw, path, false, checked, problems);
      return;
    }
    if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        value(bound, path, false, checked, problems);
      }
      return;
    }
    if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        value(bound, path, false, checked, problems);
      }
      return;
    }
    if (!(type instanceof Class<?> plain)) {
      problems.add(path + ": " + type + " cannot be checked");
      return;
    }
    if (plain.isArray()) {
      value(plain.getComponentType(), path + "[]", false, checked, problems);
      return;
    }
    if (plain.isPrimitive()
        || plain.isEnum()
        || (replaced && (plain == OptionalDouble.class || plain == OptionalLong.class))) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(plain)) {
      problems.add(path + ": " + plain.getName() + " is not Serializable");
      return;
    }
    if (plain.getName().startsWith("io.tellerline.")) {
      if (plain.isInterface() || Modifier.isAbstract(plain.getModifiers())) {
        // The values' own classes, not known here, would be what is serialized.
        problems.add(path + ": " + plain.getName() + " is abstract; declare the concrete type");
        return;
      }
      fieldsOf(plain, path, checked, problems);
    }
  }
}
