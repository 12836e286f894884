package io.tellerline.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server domain of its own (ports 28000 + offsets: HTTP 28080, admin 28048) created from
 * the distribution zip that Maven unpacked, driven through asadmin. It inherits this JVM's
 * environment, so the application finds the test database and Keycloak.
 */
public final class PayaraServer {

  public static final int PORT_BASE = 28000;
  public static final int HTTP_PORT = PORT_BASE + 80;
  private static final int ADMIN_PORT = PORT_BASE + 48;
  private static final String DOMAIN = "tellerline-smoke";

  private final Path asadmin;
  private final Path domains;

  public PayaraServer(Path home, Path domains) {
    this.asadmin = home.resolve("bin/asadmin");
    this.domains = domains;
  }

  public void createAndStart() {
    deleteRecursively(domains);
    asadmin(
        "create-domain",
        "--nopassword=true",
        "--portbase",
        String.valueOf(PORT_BASE),
        "--domaindir",
        domains.toString(),
        DOMAIN);
    asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
  }

  public void deploy(Path archive) {
    asadmin(
        "--port", String.valueOf(ADMIN_PORT), "deploy", "--name", "tellerline", archive.toString());
  }

  public void stop() {
    asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
  }

  /** Resident memory of the server JVM, in MiB, from /proc. */
  public long residentMemoryMib() throws IOException {
    String pid = Files.readString(domains.resolve(DOMAIN).resolve("config/pid")).strip();
    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  public Path serverLog() {
    return domains.resolve(DOMAIN).resolve("logs/server.log");
  }

  private void asadmin(String... arguments) {
    List<String> command = new ArrayList<>(List.of(asadmin.toString(), "--interactive=false"));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "asadmin " + String.join(" ", arguments) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
