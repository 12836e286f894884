package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.conversation.domain.Author;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationLimits;
import io.tellerline.conversation.domain.ConversationNote;
import io.tellerline.conversation.domain.CustomersCorrection;
import io.tellerline.conversation.domain.IntentCorrection;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.StaffRecords;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.nlu.IntentCatalogue;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.Consents;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What staff add to a conversation: internal notes (personal data masked, never shown to the
 * customer) and intent corrections, the labelled data for the next training of the model.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class StaffAnnotationService {

  /** Out of scope: the label for messages no intent fits. */
  public static final String OUT_OF_SCOPE = "oos";

  private static final IntentCatalogue CATALOGUE = IntentCatalogue.bundled();

  @Inject StaffRecords records;
  @Inject StaffLookup lookup;
  @Inject PersonalDataProtection protection;
  @Inject Consents consents;
  @Inject Audit audit;
  @Inject Clock clock;
  @Resource SessionContext session;

  public List<NoteView> notes(UUID conversationId) {
    lookup.conversation(conversationId, StaffResource.CONVERSATION_VIEW);
    return records.notesOf(conversationId).stream()
        .map(n -> new NoteView(n.author(), n.body(), n.createdAt()))
        .toList();
  }

  /**
   * @throws InvalidInputException unless the note fits {@link ConversationLimits#NOTE}
   */
  public void addNote(UUID conversationId, String text) {
    String typed = ConversationLimits.NOTE.check(text);
    Conversation conversation =
        lookup.conversation(conversationId, StaffResource.CONVERSATION_SERVE);
    ProtectedText found = protection.protect(lookup.customerOf(conversation), typed);
    records.add(
        new ConversationNote(
            conversation.id(), staff(), found.marks().mask(found.text()), clock.instant()));
  }

  /** The customer's messages with the intent the assistant gave them, and any correction. */
  public List<ClassifiedMessage> classifiedMessages(UUID conversationId) {
    List<ClassifiedMessage> classified = new ArrayList<>();
    for (Message m :
        lookup.conversation(conversationId, StaffResource.CONVERSATION_VIEW).messages()) {
      if (m.author() == Author.CUSTOMER && m.intentDecision().isPresent()) {
        classified.add(
            new ClassifiedMessage(
                m.id(),
                m.sequence(),
                m.maskedBody(),
                m.intentDecision().get().intent(),
                m.intentDecision().get().confidence(),
                records.correctionOf(m.id()).map(IntentCorrection::correctedIntent).orElse(null)));
      }
    }
    return classified;
  }

  /** The labels staff may choose: the catalogue's intents and {@value #OUT_OF_SCOPE}. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>(CATALOGUE.all().keySet().stream().sorted().toList());
    labels.add(OUT_OF_SCOPE);
    return labels;
  }

  /**
   * "The assistant thought X, it was Y".
   *
   * @throws InvalidInputException for a label outside the catalogue, or a message that is not one
   *     of the customer's in this conversation
   */
  public void correctIntent(UUID conversationId, UUID messageId, String label) {
    if (!labels().contains(label)) {
      throw new InvalidInputException("intent", "conversation.intent_unknown");
    }
    Conversation conversation =
        lookup.conversation(conversationId, StaffResource.CONVERSATION_SERVE);
    Message message =
        conversation
            .message(messageId)
            .filter(m -> m.author() == Author.CUSTOMER)
            .orElseThrow(
                () -> new InvalidInputException("message", "conversation.message_not_found"));
    IntentCorrection correction =
        records
            .correctionOf(messageId)
            .map(
                existing -> {
                  existing.relabel(label, staff(), clock.instant());
                  return existing;
                })
            .orElseGet(
                () -> {
                  IntentCorrection added =
                      new IntentCorrection(conversation, message, label, staff(), clock.instant());
                  records.add(added);
                  return added;
                });
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .inConversation(conversationId)
        .with("action", "INTENT_CORRECTED")
        .with("messageId", messageId.toString())
        .with("predicted", correction.predictedIntent())
        .with("corrected", label)
        .record();
  }

  /**
   * The corrections that may be training rows (masked text, corrected label): only those of
   * customers whose current consent allows improving the assistant ({@link TrainingExport}).
   * Supervisors only; the export is recorded with the numbers of rows exported and left out.
   */
  @RolesAllowed(Role.SUPERVISOR)
  public TrainingExport trainingRows() {
    TrainingExport export = trainingSelection();
    audit
        .staffAction(AuditEventType.TRAINING_DATA_EXPORTED)
        .with("format", "csv")
        .with("rows", export.rows().size())
        .with("leftOut", export.leftOutWithoutConsent())
        .with("leftOutReason", TrainingExport.LEFT_OUT_REASON)
        .record();
    return export;
  }

  /** What an export would hold now, counted for the console; nothing is exported or recorded. */
  @RolesAllowed(Role.SUPERVISOR)
  public TrainingExport trainingPreview() {
    return trainingSelection();
  }

  private TrainingExport trainingSelection() {
    List<CustomersCorrection> all = records.corrections();
    Set<CustomerId> consenting =
        consents.consenting(
            ConsentPurpose.IMPROVE_ASSISTANT,
            all.stream().map(CustomersCorrection::customer).collect(Collectors.toSet()));
    List<IntentCorrection> rows =
        all.stream()
            .filter(c -> consenting.contains(c.customer()))
            .map(CustomersCorrection::correction)
            .toList();
    return new TrainingExport(rows, all.size() - rows.size());
  }

  private String staff() {
    return session.getCallerPrincipal().getName();
  }
}
