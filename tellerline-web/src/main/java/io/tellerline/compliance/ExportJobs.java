package io.tellerline.compliance;

import io.tellerline.audit.application.ComplianceAuditService;
import io.tellerline.audit.application.RecordedExport;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs large exports in the background (a managed executor, with the staff member's security
 * context), streaming into a private temporary file, so that the console can show progress and
 * memory stays bounded. Each job is visible to its owner only; files are removed after an hour.
 */
@ApplicationScoped
public class ExportJobs {

  private static final Duration KEEP = Duration.ofHours(1);
  private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject ComplianceAuditService audit;

  private final Map<UUID, ExportJob> jobs = new ConcurrentHashMap<>();

  /**
   * Records the export (in the caller's request, with its source) and starts writing it.
   *
   * @throws io.tellerline.kernel.InvalidInputException unless the range is signed
   */
  public ExportJob start(String staff, long from, long to) throws IOException {
    removeOld();
    RecordedExport export = audit.recordBundleExport(from, to);
    ExportJob job =
        new ExportJob(staff, from, to, Files.createTempFile("tellerline-audit-", ".zip"));
    jobs.put(job.getId(), job);
    executor.submit(() -> run(job, export));
    return job;
  }

  public Optional<ExportJob> find(UUID id, String staff) {
    return Optional.ofNullable(jobs.get(id)).filter(job -> job.getStaff().equals(staff));
  }

  private void run(ExportJob job, RecordedExport export) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(job.file()), 1 << 16)) {
      audit.writeBundle(export, out, job::progress);
      job.finished(true);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "audit export " + job.getId() + " failed", e);
      job.finished(false);
    }
  }

  private void removeOld() {
    Instant limit = Instant.now().minus(KEEP);
    jobs.values()
        .removeIf(
            job -> {
              if (job.isRunning() || job.started().isAfter(limit)) {
                return false;
              }
              try {
                Files.deleteIfExists(job.file());
              } catch (IOException e) {
                LOG.warning(() -> "could not delete " + job.file() + ": " + e.getMessage());
              }
              return true;
            });
  }
}
