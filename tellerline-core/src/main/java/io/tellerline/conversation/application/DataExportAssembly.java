package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.DataSubjectRecords;
import io.tellerline.conversation.domain.DataSubjectRecords.ConversationRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.Profile;
import io.tellerline.insight.domain.InsightDismissals.Dismissal;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.ConsentRecord;
import io.tellerline.recommendation.domain.RecommendationOffers.Offer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Reads one customer's records into her data export, conversation by conversation (one
 * conversation's messages in memory at a time besides the document), reporting progress every
 * {@value #REPORT_EVERY} messages. No container needed: the server's worker and the benchmark run
 * the same code.
 */
public final class DataExportAssembly {

  static final int REPORT_EVERY = 500;

  /**
   * What other capabilities keep about her choices: her consents (privacy), her dismissals of
   * insights with her feedback (insight), the products offered to her with her decisions
   * (recommendation).
   */
  public record Choices(
      List<ConsentRecord> consents, List<Dismissal> insightDismissals, List<Offer> productOffers) {

    public static Choices none() {
      return new Choices(List.of(), List.of(), List.of());
    }
  }

  /** Told how many messages are written, of how many. */
  public interface Progress {
    void report(int done, int total);
  }

  private DataExportAssembly() {}

  /**
   * @param originals her decrypted originals of one conversation, by token
   */
  public static DataExportDocument assemble(
      UUID exportId,
      Instant now,
      CustomerId customer,
      DataSubjectRecords records,
      BiFunction<CustomerId, UUID, Map<String, String>> originals,
      Choices choices,
      Progress progress) {
    Profile profile = records.profileOf(customer).orElseThrow(IllegalStateException::new);
    List<ConversationRecord> conversations = records.conversationsOf(customer);
    int total = records.messageCountOf(customer);
    progress.report(0, total);
    DataExportDocument document = new DataExportDocument(exportId, now).profile(profile);
    int reported = 0;
    for (ConversationRecord conversation : conversations) {
      document.conversation(
          conversation,
          records.messagesOf(customer, conversation.id()),
          originals.apply(customer, conversation.id()));
      if (document.messages() - reported >= REPORT_EVERY) {
        reported = document.messages();
        progress.report(reported, Math.max(total, reported));
      }
    }
    return document
        .decisions(records.decisionsAbout(customer))
        .reveals(records.revealsOf(customer))
        .consents(choices.consents())
        .insightDismissals(choices.insightDismissals())
        .productOffers(choices.productOffers());
  }
}
