package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.DataExport;
import io.tellerline.conversation.domain.DataSubjectRecords;
import io.tellerline.conversation.domain.DataSubjectRecords.ConversationRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.MessageRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.Profile;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.application.ConsentHistory;
import io.tellerline.privacy.application.PersonalDataProtection;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a data export in the background (an EJB asynchronous method, on the container's threads,
 * in a read transaction of its own): conversation by conversation, reporting progress every {@value
 * #REPORT_EVERY} messages, then renders the PDF from the finished JSON document and hands both to
 * the ledger to seal.
 */
@Stateless
public class DataExportWorker {

  static final int REPORT_EVERY = 500;
  private static final Logger LOG = Logger.getLogger(DataExportWorker.class.getName());

  @Inject DataSubjectRecords records;
  @Inject PersonalDataProtection protection;
  @Inject ConsentHistory consents;
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
    Profile profile = records.profileOf(customer).orElseThrow(IllegalStateException::new);
    List<ConversationRecord> conversations = records.conversationsOf(customer);
    int total = records.messageCountOf(customer);
    ledger.progress(export.id(), 0, total);
    DataExportDocument document =
        new DataExportDocument(export.id(), clock.instant()).profile(profile);
    int reported = 0;
    for (ConversationRecord conversation : conversations) {
      List<MessageRecord> messages = records.messagesOf(customer, conversation.id());
      document.conversation(
          conversation, messages, protection.originalsForCustomer(customer, conversation.id()));
      if (document.messages() - reported >= REPORT_EVERY) {
        reported = document.messages();
        ledger.progress(export.id(), reported, Math.max(total, reported));
      }
    }
    return document
        .decisions(records.decisionsAbout(customer))
        .reveals(records.revealsOf(customer))
        .consents(consents.of(customer));
  }
}
