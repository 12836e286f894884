package io.tellerline.training.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.Consents;
import io.tellerline.training.domain.ConsentFilter;
import io.tellerline.training.domain.DatasetContentHash;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.DatasetVersionWriter;
import io.tellerline.training.domain.LabelCandidate;
import io.tellerline.training.domain.ReviewLabels;
import io.tellerline.training.domain.TrainingDatasets;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cuts training dataset versions: the shipped corpus plus every approved label of the review inbox
 * that may enter now (see {@link ConsentFilter}), frozen with its content hash. Supervisors and
 * compliance officers; every version is audited ({@code DATASET_VERSION_CREATED}).
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR, Role.COMPLIANCE_OFFICER})
public class DatasetVersionService {

  /** Longest note a version keeps (V27). */
  public static final int MAX_NOTE = 500;

  @Inject TrainingDatasets datasets;
  @Inject DatasetVersionWriter writer;
  @Inject ReviewLabels labels;
  @Inject Consents consents;
  @Inject Audit audit;
  @Inject Clock clock;
  @Resource SessionContext session;

  /**
   * Cuts a new version, numbered after the newest, created by the signed-in caller; or none, if its
   * rows would be exactly the newest version's. The first version holds the shipped corpus only
   * (plus anything approved by then).
   */
  public DatasetCut cut(String note) {
    Optional<DatasetVersion> latest = writer.lockAndFindLatest();
    List<LabelCandidate> candidates = labels.approved();
    Set<CustomerId> consenting =
        consents.consenting(
            ConsentPurpose.IMPROVE_ASSISTANT,
            candidates.stream().flatMap(c -> c.customer().stream()).collect(Collectors.toSet()));
    ConsentFilter.Selection selection = ConsentFilter.select(candidates, consenting);
    List<DatasetRow> rows = new ArrayList<>(writer.shippedRows());
    rows.addAll(selection.rows());
    String sha256 = DatasetContentHash.of(rows);
    if (latest.isPresent() && latest.get().contentSha256().equals(sha256)) {
      return new DatasetCut(Optional.empty(), latest.get(), selection.leftOut());
    }
    DatasetVersion version =
        new DatasetVersion(
            UUID.randomUUID(),
            latest.map(DatasetVersion::number).orElse(0) + 1,
            sha256,
            rows.size(),
            writer.shippedCorpusSha256(),
            session.getCallerPrincipal().getName(),
            clock.instant(),
            note(note));
    writer.insert(version, selection.rows());
    audit
        .staffAction(AuditEventType.DATASET_VERSION_CREATED)
        .with("version", version.id().toString())
        .with("number", version.number())
        .with("contentSha256", sha256)
        .with("shippedCorpusSha256", version.shippedCorpusSha256())
        .with("rows", rows.size())
        .with("rowsBySource", counts(countBy(rows, r -> r.source().name())))
        .with("leftOut", selection.leftOut())
        .record();
    return new DatasetCut(Optional.of(version), version, selection.leftOut());
  }

  /** Every version, newest first. */
  public List<DatasetVersion> versions() {
    return datasets.versions();
  }

  /**
   * The newest versions with their counts and lineage. The shipped corpus is read once: a version
   * cut from another build's corpus counts only its added rows (see {@link
   * DatasetVersionSummary#shippedCorpusInThisBuild}).
   */
  public List<DatasetVersionSummary> summaries(int newest) {
    String shippedSha256 = writer.shippedCorpusSha256();
    List<DatasetRow> shipped = writer.shippedRows();
    return datasets.versions().stream()
        .limit(newest)
        .map(
            version -> {
              boolean inThisBuild = version.shippedCorpusSha256().equals(shippedSha256);
              List<DatasetRow> added = writer.addedRowsOf(version.id());
              List<DatasetRow> rows = new ArrayList<>(inThisBuild ? shipped : List.of());
              rows.addAll(added);
              return new DatasetVersionSummary(
                  version,
                  inThisBuild,
                  countBy(rows, r -> r.source().name()),
                  countBy(rows, DatasetRow::language),
                  added);
            })
        .toList();
  }

  private static Map<String, Long> countBy(
      List<DatasetRow> rows, Function<DatasetRow, String> key) {
    return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  private static JsonObjectBuilder counts(Map<String, Long> counts) {
    JsonObjectBuilder json = JsonBuilders.object();
    counts.forEach((key, count) -> json.add(key, count.longValue()));
    return json;
  }

  /** Staff text: no control characters, within the column. */
  private static String note(String note) {
    String cleaned = note == null ? "" : note.replaceAll("\\p{Cntrl}", " ").strip();
    return cleaned.length() > MAX_NOTE ? cleaned.substring(0, MAX_NOTE) : cleaned;
  }
}
