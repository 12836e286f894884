package io.tellerline.console;

import io.tellerline.conversation.application.ClassifiedMessage;
import io.tellerline.conversation.application.ConversationNotFoundException;
import io.tellerline.conversation.application.ConversationView;
import io.tellerline.conversation.application.MessageView;
import io.tellerline.conversation.application.NoteView;
import io.tellerline.conversation.application.StaffAnnotationService;
import io.tellerline.conversation.application.StaffConversationService;
import io.tellerline.identity.application.StaffAccessDeniedException;
import io.tellerline.identity.application.StaffAccessReasonRequiredException;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.privacy.application.MaskedValue;
import io.tellerline.privacy.application.PiiRevealService;
import io.tellerline.privacy.application.RevealedValue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One conversation in the console: the transcript with personal data masked, and the reveal of one
 * value with a reason (after the staff member's own step-up). A revealed value is shown only until
 * its grant expires; it is kept in this view only, never in the session.
 */
@Named
@ViewScoped
public class ConversationConsoleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffConversationService staffConversations;
  @Inject PiiRevealService reveals;
  @Inject StaffAnnotationService annotations;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject StaffAssistBean assistant;

  private String id;
  private ConversationView conversation;
  private List<MaskedValue> values = List.of();

  /**
   * Revealed values stay on this instance: the view (with this bean) is replicated to the other
   * instances' data grid, the customer's cleartext is not; after a fail-over she reveals again.
   */
  private transient List<RevealedValue> revealed = new ArrayList<>();

  private String valueId;
  private String reason;
  private String reply;
  private String note;
  private String correctedMessage;
  private String correctedIntent;
  private List<NoteView> notes = List.of();
  private List<ClassifiedMessage> classified = List.of();
  private List<String> labels = List.of();
  private String stepUpUrl;
  private final AccessReasonForm access = new AccessReasonForm();
  private boolean serving;

  /** viewAction: loads the transcript once per view; an unknown or malformed id shows a message. */
  public void load() {
    conversation = null;
    if (conversationId().isEmpty()) {
      ConsolePage.error(new ConversationNotFoundException(null).message(ConsolePage.LANGUAGE));
      return;
    }
    open(Optional.empty());
  }

  /** Opens the conversation beyond her need-to-know with the reason she wrote (audited). */
  public void openWithReason() {
    if (conversationId().isPresent()) {
      open(access.take());
    }
  }

  private void open(Optional<String> reason) {
    try {
      UUID conversationId = conversationId().get();
      conversation = staffConversations.conversation(conversationId, reason);
      serving = staffConversations.mayServe(conversationId);
      values = reveals.valuesOf(conversationId);
      loadAnnotations();
      loadAssistant();
      access.answered();
    } catch (StaffAccessReasonRequiredException e) {
      conversation = null;
      access.ask();
      ConsolePage.showFailure(e);
    } catch (RuntimeException e) {
      conversation = null;
      ConsolePage.showFailure(e);
    }
  }

  public void addNote() {
    try {
      annotations.addNote(id(), note);
      note = null;
      ConsolePage.info("Note added. Customers never see notes.");
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
    loadAnnotations();
  }

  public void correctIntent() {
    try {
      annotations.correctIntent(id(), messageId(), correctedIntent);
      ConsolePage.info("Correction saved; it will be used for the next training.");
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
    loadAnnotations();
  }

  /** The chosen message; a random id when none (or a forged one) is chosen: then not found. */
  private UUID messageId() {
    try {
      return UUID.fromString(correctedMessage == null ? "" : correctedMessage);
    } catch (IllegalArgumentException notAnId) {
      return new UUID(0, 0);
    }
  }

  private void loadAnnotations() {
    notes = annotations.notes(id());
    classified = annotations.classifiedMessages(id());
    labels = annotations.labels();
  }

  /**
   * Pushed refresh: the transcript as it is now (audited once, when the page was opened). Once it
   * is no longer hers to see (handed back, resolved), the transcript goes from the page.
   */
  public void refresh() {
    if (conversation != null) {
      try {
        conversation = staffConversations.refreshed(conversation.id());
        serving = staffConversations.mayServe(conversation.id());
        classified = annotations.classifiedMessages(conversation.id());
      } catch (StaffAccessDeniedException noLongerHers) {
        conversation = null;
      }
    }
  }

  /**
   * The assistant's reading of a customer message: intent and confidence, and a staff correction;
   * empty for other messages (and for customer messages written while staff served).
   */
  public String reading(UUID messageId) {
    return classified.stream()
        .filter(c -> c.messageId().equals(messageId))
        .findFirst()
        .map(ClassifiedMessage::reading)
        .orElse("");
  }

  public void claim() {
    if (serve(() -> staffConversations.claim(id()), "You serve this conversation now.")) {
      loadAssistant();
    }
  }

  public void sendReply() {
    List<String> unfilled = assistant.unfilled(reply);
    if (!unfilled.isEmpty()) {
      ConsolePage.error("Write these yourself before sending: " + String.join(", ", unfilled));
      return;
    }
    String sentText = reply;
    MessageView[] sent = new MessageView[1];
    if (serve(() -> sent[0] = staffConversations.reply(id(), sentText), "Sent.")) {
      assistant.sent(id(), sent[0], sentText);
      reply = null;
    }
  }

  /** The staff assistant (summary, suggestions, customer context) for what the page shows. */
  private void loadAssistant() {
    if (conversation != null) {
      assistant.load(conversation.id(), values, serving, conversation.status());
    }
  }

  public void handBack() {
    if (act(() -> staffConversations.handBack(id()), "The customer is with the assistant again.")) {
      conversation = null; // no longer hers to see (need-to-know)
    } else {
      refresh();
    }
  }

  public void resolve() {
    if (act(
        () -> staffConversations.resolve(id()),
        "Resolved. The customer is asked to rate the conversation.")) {
      conversation = null; // no longer hers to see (need-to-know)
    } else {
      refresh();
    }
  }

  /** Runs a serving action and shows the transcript as it is now; true if it was done. */
  private boolean serve(Runnable action, String done) {
    boolean served = act(action, done);
    refresh();
    return served;
  }

  /** Runs an action, showing that it was done or why not; true if it was done. */
  private boolean act(Runnable action, String done) {
    try {
      action.run();
      ConsolePage.info(done);
      return true;
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
      return false;
    }
  }

  public void reveal() {
    stepUpUrl = null;
    try {
      RevealedValue value =
          reveals.reveal(ConsolePage.signedInStaff(request), id(), chosenValueId(), reason);
      revealed().removeIf(r -> r.valueId().equals(value.valueId()));
      revealed().add(value);
      reason = null;
      ConsolePage.info(
          "Shown until " + value.expiresAt() + " (UTC). The reveal is recorded in the audit log.");
    } catch (StaffStepUpRequiredException e) {
      stepUpUrl = ConsolePage.stepUpUrl(request, "/console/conversation.xhtml?id=" + id(), e);
      ConsolePage.showFailure(e);
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  /** The chosen value; a random id when none (or a forged one) is chosen: then not found. */
  private UUID chosenValueId() {
    try {
      return UUID.fromString(valueId == null ? "" : valueId.strip());
    } catch (IllegalArgumentException notAnId) {
      return new UUID(0, 0);
    }
  }

  /** The values revealed in this view and still within their time limit. */
  public List<RevealedValue> getRevealed() {
    revealed().removeIf(value -> !clock.instant().isBefore(value.expiresAt()));
    return List.copyOf(revealed());
  }

  private List<RevealedValue> revealed() {
    if (revealed == null) { // this view was moved to another instance
      revealed = new ArrayList<>();
    }
    return revealed;
  }

  /** The conversation named in the page's address; empty if it is not an id. */
  private Optional<UUID> conversationId() {
    try {
      return Optional.of(UUID.fromString(id == null ? "" : id.strip()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /** The conversation of this view: only actions after a successful load get here. */
  private UUID id() {
    return conversationId().orElseThrow();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ConversationView getConversation() {
    return conversation;
  }

  /** The kinds of card secret removed from the customer's messages, e.g. "CVC, PIN". */
  public String getCardSecretsRemoved() {
    return conversation == null
        ? ""
        : String.join(
            ", ",
            conversation.messages().stream()
                .flatMap(m -> m.cardSecretsRemoved().stream())
                .distinct()
                .sorted()
                .toList());
  }

  public List<MaskedValue> getValues() {
    return values;
  }

  public String getValueId() {
    return valueId;
  }

  public void setValueId(String valueId) {
    this.valueId = valueId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<NoteView> getNotes() {
    return notes;
  }

  public List<ClassifiedMessage> getClassified() {
    return classified;
  }

  public List<String> getLabels() {
    return labels;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getCorrectedMessage() {
    return correctedMessage;
  }

  public void setCorrectedMessage(String correctedMessage) {
    this.correctedMessage = correctedMessage;
  }

  public String getCorrectedIntent() {
    return correctedIntent;
  }

  public void setCorrectedIntent(String correctedIntent) {
    this.correctedIntent = correctedIntent;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  /** Whether the page offers her the serving controls (claim, reply, notes, corrections). */
  public boolean isServing() {
    return serving;
  }

  public AccessReasonForm getAccess() {
    return access;
  }

  public String getStepUpUrl() {
    return stepUpUrl;
  }
}
