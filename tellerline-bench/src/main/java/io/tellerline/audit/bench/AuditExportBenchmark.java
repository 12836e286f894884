package io.tellerline.audit.bench;

import io.tellerline.audit.infrastructure.AuditLogStore;
import io.tellerline.audit.log.SigningKey;
import io.tellerline.platform.bench.BenchDatabase;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Export of the whole audit log of a database (filled by {@link AuditAppendBenchmark}) with the
 * production export code: signs a tree head for its current size with a fresh key, then streams the
 * signed bundle to a file. Run it with a small heap to show the memory stays bounded. Usage: {@code
 * AuditExportBenchmark JDBC_URL USER PASSWORD OUT.zip}; writes OUT.zip.pub too.
 */
public final class AuditExportBenchmark {

  private AuditExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[3]);
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    SigningKey key = new SigningKey(seed);
    try (Connection connection = BenchDatabase.fromArguments(args).connect()) {
      connection.setAutoCommit(false);
      AuditLogStore store = new AuditLogStore(connection);
      long size = store.size();
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      store.saveHead(key.sign(size, store.root(size), now), key.publicKey());
      connection.commit();
      long started = System.nanoTime();
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
        store.exportBundle(0, size, key, file);
      }
      connection.commit();
      double seconds = (System.nanoTime() - started) / 1e9;
      Runtime runtime = Runtime.getRuntime();
      System.out.printf(
          "exported %d events in %.2f s (%.0f events/s), %d MB, max heap %d MiB%n",
          size, seconds, size / seconds, Files.size(out) >> 20, runtime.maxMemory() >> 20);
    }
    Files.writeString(
        Path.of(out + ".pub"), Base64.getEncoder().encodeToString(key.publicKey()) + "\n");
  }
}
