package io.tellerline.kernel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * A port or container interface for a unit test that answers only the methods the test names (by
 * method name); default methods run as written; anything else fails the test loudly.
 */
public final class Fake {

  private Fake() {}

  public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
    InvocationHandler handler =
        (proxy, method, arguments) -> {
          Object[] given = arguments == null ? new Object[0] : arguments;
          if (answers.containsKey(method.getName())) {
            return answers.get(method.getName()).apply(given);
          }
          if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, given);
          }
          if (method.getName().equals("toString")) {
            return "fake " + type.getSimpleName();
          }
          throw new AssertionError("unexpected call: " + type.getSimpleName() + "." + method);
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
