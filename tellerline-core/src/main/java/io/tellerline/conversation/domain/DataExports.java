package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores customers' data exports and their sealed (encrypted) documents. */
public interface DataExports {

  /**
   * Adds the export unless the customer has a running one: one at a time per customer, on every
   * instance, and also between two simultaneous requests of hers.
   *
   * @return false, and nothing added, when one of hers is running
   */
  boolean addUnlessOneIsRunning(DataExport export);

  /** The customer's most recent export. */
  Optional<DataExport> latestOf(CustomerId customer);

  /** One of the customer's exports; empty for another customer's id. */
  Optional<DataExport> find(CustomerId customer, UUID id);

  void progress(UUID id, int done, int total, Instant now);

  void ready(UUID id, String sealedJson, String sealedPdf, Instant now);

  void failed(UUID id, Instant now);

  /** Running exports of the customer that stopped moving before {@code before} become failed. */
  int failStale(CustomerId customer, Instant before);

  /** The sealed document of one of the customer's ready exports. */
  Optional<String> sealed(CustomerId customer, UUID id, DataExport.Format format);

  /** Deletes every export (of any customer) that expired; how many. */
  int removeExpired(Instant now);
}
