package io.tellerline.console;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.conversation.application.MessageView;
import io.tellerline.kernel.Role;
import io.tellerline.privacy.application.MaskedValue;
import io.tellerline.staffassist.application.CustomerContext;
import io.tellerline.staffassist.application.StaffAssistService;
import io.tellerline.staffassist.application.StaffAssistance;
import io.tellerline.staffassist.domain.ReplyTemplate;
import io.tellerline.staffassist.domain.SuggestedReply;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff assistant on the conversation page: the hand-over summary, suggested replies (one click
 * puts one into the reply box, see assist.js) and the customer's context. Which suggestion went
 * into a sent reply, and whether it was edited, is recorded.
 */
@Named
@ViewScoped
public class StaffAssistBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffAssistService assist;
  @Inject HttpServletRequest request;

  private StaffAssistance assistance;
  private CustomerContext context;
  private long computedMillis;
  private String usedRef;

  /** Summary and suggestions for the conversation, filled from what the page shows (masked). */
  void load(UUID conversationId, List<MaskedValue> maskedValues, boolean serving, String status) {
    context = null;
    if (serving && "WITH_STAFF".equals(status) || request.isUserInRole(Role.SUPERVISOR)) {
      try {
        context = assist.customerContext(conversationId);
      } catch (RuntimeException outsideHerNeedToKnow) {
        context = null; // the panel says where to open the customer with a reason
      }
    }
    List<AccountSummary> accounts = context == null ? List.of() : context.overview().accounts();
    long started = System.nanoTime();
    try {
      assistance = assist.assistance(conversationId, maskedValues, accounts);
    } catch (RuntimeException e) {
      assistance = null;
      ConsolePage.showFailure(e);
    }
    computedMillis = (System.nanoTime() - started) / 1_000_000;
  }

  /**
   * Placeholders the masked view could not fill (a name, an e-mail address): she writes them
   * herself; empty when the reply may be sent.
   */
  List<String> unfilled(String reply) {
    return ReplyTemplate.unfilled(reply);
  }

  /** After a reply was sent: records the suggestion it came from, if any, and if it was edited. */
  void sent(UUID conversationId, MessageView reply, String text) {
    Optional<SuggestedReply> used = inserted();
    usedRef = null;
    if (used.isPresent()) {
      try {
        assist.suggestionUsed(
            conversationId,
            reply.id(),
            used.get().source(),
            used.get().ref(),
            !used.get().text().strip().equals(text.strip()));
      } catch (RuntimeException e) {
        ConsolePage.showFailure(e);
      }
    }
  }

  /** The suggestion the page says was inserted: only one of those offered counts. */
  private Optional<SuggestedReply> inserted() {
    if (assistance == null || usedRef == null) {
      return Optional.empty();
    }
    return assistance.suggestions().stream().filter(s -> s.ref().equals(usedRef)).findFirst();
  }

  public StaffAssistance getAssistance() {
    return assistance;
  }

  public CustomerContext getContext() {
    return context;
  }

  /** How long summary and suggestions took to compute, for the page (and the benchmark). */
  public long getComputedMillis() {
    return computedMillis;
  }

  public String getUsedRef() {
    return usedRef;
  }

  public void setUsedRef(String usedRef) {
    this.usedRef = usedRef;
  }
}
