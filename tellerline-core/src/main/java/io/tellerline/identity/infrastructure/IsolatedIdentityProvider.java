package io.tellerline.identity.infrastructure;

import io.tellerline.identity.domain.IdentityProvider;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Provides the {@link IdentityProvider} port from the keycloak-admin bundle (module
 * tellerline-keycloak-admin; the EAR's lib/ and the Micro WAR's WEB-INF/lib carry it as a zip
 * resource), loaded in an {@link IsolatingClassLoader}: its jars are unpacked to a private
 * temporary directory at first use and never join the application's class path. Calls run with the
 * isolated loader as context class loader, so RESTEasy finds its own providers.
 */
@ApplicationScoped
public class IsolatedIdentityProvider {

  static final String BUNDLE = "/io/tellerline/identity/keycloak-admin-bundle.zip";
  private static final String IMPLEMENTATION =
      "io.tellerline.identity.keycloak.KeycloakAdminIdentityProvider";
  private static final Logger LOG = Logger.getLogger(IsolatedIdentityProvider.class.getName());

  @Inject
  @ConfigProperty(name = "tellerline.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(
      name = "tellerline.identity-ops.client-id",
      defaultValue = "tellerline-identity-ops")
  String clientId;

  /** Dev-only default in microprofile-config.properties; production sets its own secret. */
  @Inject
  @ConfigProperty(name = "tellerline.identity-ops.client-secret")
  String clientSecret;

  private Path unpacked;
  private IsolatingClassLoader loader;
  private Object implementation;

  @Produces
  @Singleton
  IdentityProvider identityProvider() {
    ensureLoaded();
    return (IdentityProvider)
        Proxy.newProxyInstance(
            IdentityProvider.class.getClassLoader(),
            new Class<?>[] {IdentityProvider.class},
            isolatedCalls());
  }

  private synchronized void ensureLoaded() {
    if (implementation != null) {
      return;
    }
    try {
      unpacked = unpack();
      loader =
          new IsolatingClassLoader(
              jars(unpacked),
              IdentityProvider.class.getClassLoader(),
              List.of("io.tellerline.identity.domain."));
      int realmStart = issuer.indexOf("/realms/");
      implementation =
          withContextLoader(
              () ->
                  loader
                      .loadClass(IMPLEMENTATION)
                      .getConstructor(String.class, String.class, String.class, String.class)
                      .newInstance(
                          issuer.substring(0, realmStart),
                          issuer.substring(realmStart + "/realms/".length()),
                          clientId,
                          clientSecret));
      LOG.info(() -> "Keycloak admin client loaded in isolation from " + unpacked);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the keycloak-admin bundle", e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the keycloak-admin bundle", e);
    }
  }

  /** The ClientBuilder implementation code inside the isolated loader gets (RESTEasy). */
  String isolatedClientBuilder() {
    try {
      ensureLoaded();
      return withContextLoader(
          () -> jakarta.ws.rs.client.ClientBuilder.newBuilder().getClass().getName());
    } catch (Exception e) {
      return "unavailable: " + e.getClass().getSimpleName();
    }
  }

  private InvocationHandler isolatedCalls() {
    return (proxy, method, arguments) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(this, arguments);
      }
      try {
        return withContextLoader(() -> method.invoke(implementation, arguments));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }

  private interface Call<T> {
    T run() throws Exception;
  }

  private <T> T withContextLoader(Call<T> call) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Path unpack() throws IOException {
    Path dir = Files.createTempDirectory("tellerline-keycloak-admin-");
    try (InputStream in = IsolatedIdentityProvider.class.getResourceAsStream(BUNDLE)) {
      if (in == null) {
        throw new IllegalStateException("the keycloak-admin bundle is missing: " + BUNDLE);
      }
      try (ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          Path target = dir.resolve(entry.getName()).normalize();
          if (!target.startsWith(dir) || entry.isDirectory()) {
            continue; // no zip-slip, no directories (the bundle is flat)
          }
          Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return dir;
  }

  private static URL[] jars(Path dir) throws IOException {
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }

  @PreDestroy
  void close() {
    try {
      if (implementation instanceof AutoCloseable closeable) {
        closeable.close();
      }
      if (loader != null) {
        loader.close();
      }
      if (unpacked != null) {
        try (Stream<Path> files = Files.walk(unpacked)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    } catch (Exception e) {
      LOG.warning(() -> "could not clean up the keycloak-admin bundle: " + e.getMessage());
    }
  }
}
