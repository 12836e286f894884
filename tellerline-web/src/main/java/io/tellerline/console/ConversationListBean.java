package io.tellerline.console;

import io.tellerline.conversation.application.ConversationSummary;
import io.tellerline.conversation.application.StaffAnnotationService;
import io.tellerline.conversation.application.StaffConversationService;
import io.tellerline.conversation.application.TrainingExport;
import io.tellerline.kernel.Role;
import io.tellerline.platform.web.CsrfToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/** Backs the console's conversation list; loads once per request, never inside a getter. */
@Named
@RequestScoped
public class ConversationListBean {

  private static final int ROWS = 50;

  @Inject StaffConversationService staffConversations;
  @Inject StaffAnnotationService annotations;
  @Inject SecurityContext security;
  @Inject HttpServletRequest request;

  private List<ConversationSummary> conversations;
  private String value;
  private String reason;
  private boolean searched;
  private TrainingExport trainingPreview;

  /** The session's token for the training-data export form (a servlet, not a Faces form). */
  public String getCsrfToken() {
    return CsrfToken.of(request.getSession());
  }

  public boolean isSupervisor() {
    return security.isCallerInRole(Role.SUPERVISOR);
  }

  @PostConstruct
  void load() {
    conversations = staffConversations.recentConversations(ROWS);
    if (isSupervisor()) {
      trainingPreview = annotations.trainingPreview();
    }
  }

  /** For supervisors: what a training export would hold now, and what it would leave out. */
  public TrainingExport getTrainingPreview() {
    return trainingPreview;
  }

  /**
   * Shows the conversations that mention the value typed in the search field (POST only: the value
   * must not end up in URLs or access logs).
   */
  public void search() {
    String typed = value;
    value = null;
    Optional<String> why = Optional.ofNullable(reason).filter(r -> !r.isBlank());
    reason = null;
    try {
      found(staffConversations.conversationsMentioning(typed, why));
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  private void found(Optional<List<ConversationSummary>> result) {
    result.ifPresentOrElse(
        found -> {
          conversations = found;
          searched = true;
          ConsolePage.info("Conversations mentioning this value: " + found.size() + ".");
        },
        () ->
            ConsolePage.error(
                "Type one IBAN, card number, e-mail address, phone number or national id."));
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public boolean isSearched() {
    return searched;
  }

  public List<ConversationSummary> getConversations() {
    return conversations;
  }

  public String getStaffName() {
    return security.getCallerPrincipal().getName();
  }
}
