package io.tellerline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HAProxy's own parser checks docker/haproxy/haproxy.cfg ({@code haproxy -c}) where HAProxy and
 * OpenSSL are installed (Debian's packages; the namespace cluster uses them); elsewhere the test is
 * skipped, and says so. The certificate is a throw-away one made for the check.
 */
class HaproxyConfigurationTest {

  @Test
  void haproxyAcceptsTheComposeConfiguration(@TempDir Path work) throws Exception {
    assumeTrue(installed("haproxy") && installed("openssl"), "haproxy or openssl not installed");
    Path key = work.resolve("key.pem");
    Path certificate = work.resolve("certificate.pem");
    assertEquals(
        0,
        run(
            work,
            List.of(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=chat.bank.example",
                "-keyout",
                key.toString(),
                "-out",
                certificate.toString())),
        "openssl could not make a throw-away certificate");
    Path pem = work.resolve("tls.pem");
    Files.writeString(pem, Files.readString(certificate) + Files.readString(key));
    Path configuration = work.resolve("haproxy.cfg");
    Files.writeString(
        configuration,
        Repository.read("docker/haproxy/haproxy.cfg")
            .replace("/usr/local/etc/haproxy/tls.pem", pem.toString()));

    int exit = run(work, List.of("haproxy", "-c", "-f", configuration.toString()));

    assertEquals(0, exit, () -> "haproxy -c refused the configuration:\n" + output(work));
  }

  private static boolean installed(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", program));
  }

  private static int run(Path work, List<String> command) throws IOException, InterruptedException {
    List<String> resolved = new java.util.ArrayList<>(command);
    if (resolved.get(0).equals("haproxy") && Files.isExecutable(Path.of("/usr/sbin/haproxy"))) {
      resolved.set(0, "/usr/sbin/haproxy");
    }
    ProcessBuilder builder =
        new ProcessBuilder(resolved)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("output.txt").toFile());
    builder.environment().put("TELLERLINE_LOGIN_HOST", "login.bank.example");
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  private static String output(Path work) {
    try {
      return Files.readString(work.resolve("output.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
