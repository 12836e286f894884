package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.DataExport;
import io.tellerline.conversation.domain.DataSubjectRecords;
import io.tellerline.insight.domain.InsightDismissals;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.application.ConsentHistory;
import io.tellerline.privacy.application.CustomerCopies;
import io.tellerline.recommendation.domain.RecommendationOffers;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a data export in the background (an EJB asynchronous method, on the container's threads,
 * in a read transaction of its own): {@link DataExportAssembly} reads her records, reporting
 * progress as it goes, then the worker renders the PDF from the finished JSON document and hands
 * both to the ledger to seal.
 */
@Stateless
public class DataExportWorker {

  private static final Logger LOG = Logger.getLogger(DataExportWorker.class.getName());

  @Inject DataSubjectRecords records;
  @Inject CustomerCopies copies;
  @Inject ConsentHistory consents;
  @Inject InsightDismissals dismissals;
  @Inject RecommendationOffers offers;
  @Inject DataExportRenderer renderer;
  @Inject DataExportLedger ledger;
  @Inject Clock clock;

  @Asynchronous
  public void build(DataExport export) {
    try {
      DataExportDocument document = assemble(export);
      JsonObject json = document.build();
      Locale language =
          Locale.forLanguageTag(json.getJsonObject("profile").getString("preferredLanguage"));
      ledger.ready(export, JsonBuilders.bytes(json), renderer.render(json, language));
    } catch (RuntimeException e) {
      // Ids only: the exception's message may name a value of the customer's.
      LOG.log(
          Level.WARNING,
          "data export {0} failed: {1}",
          new Object[] {export.id(), e.getClass().getName()});
      ledger.failed(export.id());
    }
  }

  /** The whole document of the customer's data, reporting progress on the way. */
  DataExportDocument assemble(DataExport export) {
    CustomerId customer = export.customer();
    return DataExportAssembly.assemble(
        export.id(),
        clock.instant(),
        customer,
        records,
        copies::originalsForCustomer,
        new DataExportAssembly.Choices(
            consents.historyOf(customer),
            dismissals.dismissalsOf(customer),
            offers.offersTo(customer)),
        (done, total) -> ledger.progress(export.id(), done, total));
  }
}
