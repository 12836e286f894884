package io.tellerline.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.compliance.AuditLogBean;
import io.tellerline.compliance.ErasureBean;
import io.tellerline.compliance.RetentionBean;
import io.tellerline.compliance.TokenKeysBean;
import io.tellerline.console.kpi.KpiDashboardBean;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A console view moves to another instance when hers dies (the session, with Faces' view-scoped
 * beans, is in the data grid; cluster/drills/teller-session.sh). A view-scoped bean whose state
 * cannot be serialized is dropped from the stored session (the page then loses what it showed), and
 * a {@code transient} injected service is null after the move.
 */
class ViewScopedBeansMoveTest {

  /** The view-scoped beans of the console. */
  private static final List<Class<?>> VIEW_SCOPED =
      List.of(
          ConversationConsoleBean.class,
          StaffAssistBean.class,
          CustomerLoginBean.class,
          DatasetVersionsBean.class,
          KnowledgeBaseBean.class,
          ModelsBean.class,
          ReviewInboxBean.class,
          KpiDashboardBean.class,
          AuditLogBean.class,
          ErasureBean.class,
          RetentionBean.class,
          TokenKeysBean.class);

  @Test
  void injectedServicesAreNotTransient() {
    List<String> transientInjections =
        VIEW_SCOPED.stream()
            .flatMap(bean -> Stream.of(bean.getDeclaredFields()))
            .filter(field -> field.isAnnotationPresent(Inject.class))
            .filter(field -> Modifier.isTransient(field.getModifiers()))
            .map(field -> field.getDeclaringClass().getSimpleName() + "." + field.getName())
            .toList();

    assertEquals(List.of(), transientInjections);
  }

  @Test
  void whatTheTellersConversationPageKeepsCanBeSerialized() {
    Set<String> notSerializable = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    walk(ConversationConsoleBean.class, seen, notSerializable);
    walk(StaffAssistBean.class, seen, notSerializable);

    assertEquals(Set.of(), notSerializable);
  }

  private static void walk(Type type, Set<Class<?>> seen, Set<String> notSerializable) {
    if (type instanceof ParameterizedType parameterized) {
      walk(parameterized.getRawType(), seen, notSerializable);
      Stream.of(parameterized.getActualTypeArguments())
          .forEach(argument -> walk(argument, seen, notSerializable));
      return;
    }
    if (!(type instanceof Class<?> clazz) || clazz.isPrimitive() || !seen.add(clazz)) {
      return;
    }
    if (clazz.isArray()) {
      walk(clazz.getComponentType(), seen, notSerializable);
      return;
    }
    boolean concrete = !clazz.isInterface() && !Modifier.isAbstract(clazz.getModifiers());
    if (concrete && !Serializable.class.isAssignableFrom(clazz)) {
      notSerializable.add(clazz.getName());
    }
    if (clazz.getName().startsWith("java.")) {
      return;
    }
    for (Field field : clazz.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers)
          && !Modifier.isTransient(modifiers)
          && !field.isAnnotationPresent(Inject.class)) { // CDI proxies, serializable
        walk(field.getGenericType(), seen, notSerializable);
      }
    }
  }
}
