package io.tellerline.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A Payara Micro process with the Micro WAR, started and killed by the test itself (Arquillian
 * cannot kill a server mid-request). It inherits the test's environment (database, Keycloak).
 */
public final class MicroProcess implements AutoCloseable {

  private final Process process;
  private final String base;

  private MicroProcess(Process process, int port) {
    this.process = process;
    this.base = "http://localhost:" + port + "/";
  }

  public static MicroProcess start(int port, Path log) throws IOException, InterruptedException {
    return start(port, log, Map.of());
  }

  /** As {@link #start(int, Path)}, with extra environment variables (configuration). */
  public static MicroProcess start(int port, Path log, Map<String, String> environment)
      throws IOException, InterruptedException {
    MicroProcess micro = launch(port, log, environment);
    micro.awaitHealthy(Duration.ofSeconds(150));
    return micro;
  }

  /**
   * Starts the process without waiting for the application: for a start that is meant to be refused
   * (the caller reads the log).
   */
  public static MicroProcess launch(int port, Path log, Map<String, String> environment)
      throws IOException {
    SharedMicroContainer.releasePort(port);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                TestEnvironment.file("payara.microJar").toString(),
                "--deploy",
                TestEnvironment.file("tellerline.micro.war").toString(),
                "--contextRoot",
                "/",
                "--port",
                String.valueOf(port),
                "--nocluster")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new MicroProcess(builder.start(), port);
  }

  public String base() {
    return base;
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hooks, no graceful end of requests in flight. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private void awaitHealthy(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited with " + process.exitValue());
      }
      try {
        if (Http.get(base + "health/ready", null).statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Payara Micro did not become healthy in " + timeout);
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
