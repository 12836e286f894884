package io.tellerline.identity.infrastructure;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A child-first class loader for a library that must not meet the application's (here
 * keycloak-admin-client with RESTEasy, inside Payara whose JAX-RS is Jersey). Only the JDK, the
 * server's {@code jakarta.*} APIs and the named shared packages come from the application; every
 * other class, and every {@code META-INF/services} registration, comes from the library's own jars.
 * So RESTEasy's service files never reach the application's {@code ClientBuilder} or {@code
 * RuntimeDelegate} lookups, and Jersey's never reach RESTEasy.
 */
final class IsolatingClassLoader extends URLClassLoader {

  private static final List<String> ALWAYS_SHARED =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.", "org.w3c.", "org.xml.");

  private final ClassLoader application;
  private final List<String> sharedPackages;

  IsolatingClassLoader(URL[] jars, ClassLoader application, List<String> sharedPackages) {
    super(jars, null);
    this.application = application;
    this.sharedPackages = List.copyOf(sharedPackages);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        loaded = shared(name) ? application.loadClass(name) : findClass(name);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null || isServiceFile(name) ? own : application.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (isServiceFile(name)) {
      return findResources(name); // the library's registrations only
    }
    List<URL> all = Collections.list(findResources(name));
    all.addAll(Collections.list(application.getResources(name)));
    return Collections.enumeration(all);
  }

  private boolean shared(String name) {
    return ALWAYS_SHARED.stream().anyMatch(name::startsWith)
        || sharedPackages.stream().anyMatch(name::startsWith);
  }

  private static boolean isServiceFile(String name) {
    return name.startsWith("META-INF/services/");
  }
}
