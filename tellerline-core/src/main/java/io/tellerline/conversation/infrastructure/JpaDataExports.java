package io.tellerline.conversation.infrastructure;

import static io.tellerline.platform.persistence.SqlRows.at;
import static io.tellerline.platform.persistence.SqlRows.instant;
import static io.tellerline.platform.persistence.SqlRows.integer;
import static io.tellerline.platform.persistence.SqlRows.rows;
import static io.tellerline.platform.persistence.SqlRows.update;

import io.tellerline.conversation.domain.DataExport;
import io.tellerline.conversation.domain.DataExports;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.persistence.SqlRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code data_export} table (V23); every read names the customer, so ids cannot be probed. */
@ApplicationScoped
public class JpaDataExports implements DataExports {

  private static final String COLUMNS =
      "select id, status, items_done, items_total, requested_at, updated_at, expires_at"
          + " from data_export";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  /**
   * The loser of two simultaneous requests inserts nothing instead of breaking the unique index
   * {@code data_export_one_running_idx}: a broken constraint would fail the transaction (a system
   * exception the EJB container logs with its stack trace) for what is a business answer.
   * PostgreSQL waits for the other request's insert to commit or roll back before it decides.
   */
  @Override
  public boolean addUnlessOneIsRunning(DataExport export) {
    return update(
            entityManager,
            "insert into data_export (id, customer_id, status, items_done, items_total,"
                + " requested_at, updated_at, expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                + " on conflict (customer_id) where status = 'RUNNING' do nothing",
            export.id(),
            export.customer().value(),
            export.status().name(),
            export.itemsDone(),
            export.itemsTotal(),
            at(export.requestedAt()),
            at(export.updatedAt()),
            at(export.expiresAt()))
        == 1;
  }

  @Override
  public Optional<DataExport> latestOf(CustomerId customer) {
    return first(
        customer,
        rows(
            entityManager,
            COLUMNS + " where customer_id = ?1 order by requested_at desc limit 1",
            customer.value()));
  }

  @Override
  public Optional<DataExport> find(CustomerId customer, UUID id) {
    return first(
        customer,
        rows(entityManager, COLUMNS + " where customer_id = ?1 and id = ?2", customer.value(), id));
  }

  @Override
  public void progress(UUID id, int done, int total, Instant now) {
    update(
        entityManager,
        "update data_export set items_done = ?1, items_total = ?2, updated_at = ?3"
            + " where id = ?4 and status = 'RUNNING'",
        done,
        total,
        at(now),
        id);
  }

  @Override
  public void ready(UUID id, String sealedJson, String sealedPdf, Instant now) {
    update(
        entityManager,
        "update data_export set status = 'READY', items_done = items_total, json_sealed = ?1,"
            + " pdf_sealed = ?2, updated_at = ?3 where id = ?4 and status = 'RUNNING'",
        sealedJson,
        sealedPdf,
        at(now),
        id);
  }

  @Override
  public void failed(UUID id, Instant now) {
    update(
        entityManager,
        "update data_export set status = 'FAILED', updated_at = ?1"
            + " where id = ?2 and status = 'RUNNING'",
        at(now),
        id);
  }

  @Override
  public int failStale(CustomerId customer, Instant before) {
    return update(
        entityManager,
        "update data_export set status = 'FAILED' where customer_id = ?1 and status = 'RUNNING'"
            + " and updated_at < ?2",
        customer.value(),
        at(before));
  }

  @Override
  public Optional<String> sealed(CustomerId customer, UUID id, DataExport.Format format) {
    String column = format == DataExport.Format.PDF ? "pdf_sealed" : "json_sealed";
    return rows(
            entityManager,
            "select "
                + column
                + " from data_export where customer_id = ?1 and id = ?2"
                + " and status = 'READY'",
            customer.value(),
            id)
        .stream()
        .map(row -> (String) row[0])
        .findFirst();
  }

  @Override
  public int removeExpired(Instant now) {
    return update(entityManager, "delete from data_export where expires_at <= ?1", at(now));
  }

  private static Optional<DataExport> first(CustomerId customer, List<Object[]> rows) {
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new DataExport(
                    SqlRows.uuid(row[0]),
                    customer,
                    DataExport.Status.valueOf((String) row[1]),
                    integer(row[2]),
                    integer(row[3]),
                    instant(row[4]),
                    instant(row[5]),
                    instant(row[6])));
  }
}
