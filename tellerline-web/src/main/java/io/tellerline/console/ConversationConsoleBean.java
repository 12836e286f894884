package io.tellerline.console;

import io.tellerline.conversation.application.ClassifiedMessage;
import io.tellerline.conversation.application.ConversationNotFoundException;
import io.tellerline.conversation.application.ConversationView;
import io.tellerline.conversation.application.NoteView;
import io.tellerline.conversation.application.StaffAnnotationService;
import io.tellerline.conversation.application.StaffConversationService;
import io.tellerline.conversation.domain.ConversationStateException;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.privacy.application.MaskedValue;
import io.tellerline.privacy.application.PersonalDataErasedException;
import io.tellerline.privacy.application.PiiRevealService;
import io.tellerline.privacy.application.ProtectedValueNotFoundException;
import io.tellerline.privacy.application.RevealedValue;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

  @Inject transient StaffConversationService staffConversations;
  @Inject transient PiiRevealService reveals;
  @Inject transient StaffAnnotationService annotations;
  @Inject transient HttpServletRequest request;
  @Inject transient Clock clock;

  private String id;
  private ConversationView conversation;
  private List<MaskedValue> values = List.of();
  private final List<RevealedValue> revealed = new ArrayList<>();
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

  /** viewAction: loads the transcript once per view; an unknown or malformed id shows a message. */
  public void load() {
    try {
      UUID conversationId = conversationId();
      conversation = staffConversations.conversation(conversationId);
      values = reveals.valuesOf(conversationId);
      loadAnnotations();
    } catch (IllegalArgumentException | EJBException e) {
      conversation = null;
      ConsolePage.error("There is no such conversation.");
    }
  }

  public void addNote() {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty() || text.length() > 4000) {
      ConsolePage.error("Write a note of 1 to 4000 characters.");
      return;
    }
    annotations.addNote(conversationId(), text);
    note = null;
    ConsolePage.info("Note added. Customers never see notes.");
    loadAnnotations();
  }

  public void correctIntent() {
    String choose = "Choose one of the customer's messages and the right intent.";
    if (correctedMessage == null || correctedIntent == null) {
      ConsolePage.error(choose);
      return;
    }
    try {
      annotations.correctIntent(
          conversationId(), UUID.fromString(correctedMessage), correctedIntent);
      ConsolePage.info("Correction saved; it will be used for the next training.");
    } catch (IllegalArgumentException | ConversationNotFoundException e) {
      ConsolePage.error(choose);
    } catch (EJBException e) {
      ConsolePage.expected(e, IllegalArgumentException.class);
      ConsolePage.error(choose);
    }
    loadAnnotations();
  }

  private void loadAnnotations() {
    notes = annotations.notes(conversationId());
    classified = annotations.classifiedMessages(conversationId());
    labels = annotations.labels();
  }

  /** Pushed refresh: the transcript as it is now (audited once, when the page was opened). */
  public void refresh() {
    if (conversation != null) {
      conversation = staffConversations.refreshed(conversation.id());
      classified = annotations.classifiedMessages(conversation.id());
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
    serve(() -> staffConversations.claim(conversationId()), "You serve this conversation now.");
  }

  public void sendReply() {
    String text = reply == null ? "" : reply.strip();
    if (text.isEmpty() || text.length() > 2000) {
      ConsolePage.error("Write a reply of 1 to 2000 characters.");
      return;
    }
    serve(() -> staffConversations.reply(conversationId(), text), "Sent.");
    reply = null;
  }

  public void handBack() {
    serve(
        () -> staffConversations.handBack(conversationId()),
        "The customer is with the assistant again.");
  }

  public void resolve() {
    serve(
        () -> staffConversations.resolve(conversationId()),
        "Resolved. The customer is asked to rate the conversation.");
  }

  private void serve(Runnable action, String done) {
    try {
      action.run();
      ConsolePage.info(done);
    } catch (ConversationStateException e) {
      ConsolePage.error(e.getMessage());
    } catch (EJBAccessException e) {
      ConsolePage.error("Your role does not allow this action.");
    } catch (EJBException e) {
      if (!concurrentChange(e)) {
        throw e;
      }
      ConsolePage.error(
          "Someone else changed this conversation at the same time. Please try again.");
    }
    refresh();
  }

  /** An optimistic-lock conflict somewhere in the cause chain (JPA's or EclipseLink's). */
  private static boolean concurrentChange(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  public void reveal() {
    stepUpUrl = null;
    if (valueId == null || valueId.isBlank()) {
      ConsolePage.error("Choose a value of this conversation.");
      return;
    }
    try {
      RevealedValue value =
          reveals.reveal(
              ConsolePage.signedInStaff(request),
              conversationId(),
              UUID.fromString(valueId),
              reason);
      revealed.removeIf(r -> r.valueId().equals(value.valueId()));
      revealed.add(value);
      reason = null;
      ConsolePage.info(
          "Shown until " + value.expiresAt() + " (UTC). The reveal is recorded in the audit log.");
    } catch (StaffStepUpRequiredException e) {
      stepUpUrl =
          ConsolePage.stepUpUrl(request, "/console/conversation.xhtml?id=" + conversationId(), e);
      ConsolePage.error(
          "Please confirm it is you with your one-time code first, then reveal again.");
    } catch (PersonalDataErasedException e) {
      ConsolePage.error(
          "This customer's personal data was erased; the value can no longer be shown.");
    } catch (ProtectedValueNotFoundException e) {
      ConsolePage.error("Choose a value of this conversation.");
    } catch (IllegalArgumentException e) {
      ConsolePage.error("Give a reason of 10 to 500 characters for revealing the value.");
    } catch (EJBAccessException e) {
      ConsolePage.error("Your role does not allow this action.");
    }
  }

  /** The values revealed in this view and still within their time limit. */
  public List<RevealedValue> getRevealed() {
    revealed.removeIf(value -> !clock.instant().isBefore(value.expiresAt()));
    return List.copyOf(revealed);
  }

  private UUID conversationId() {
    return UUID.fromString(id == null ? "" : id.strip());
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

  public String getStepUpUrl() {
    return stepUpUrl;
  }
}
