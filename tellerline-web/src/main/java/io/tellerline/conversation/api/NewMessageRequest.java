package io.tellerline.conversation.api;

import io.tellerline.conversation.domain.ConversationLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's chat message, within {@link ConversationLimits} (the service checks them again).
 * Messages are Bean Validation's own, so they come in the request's language. A class rather than a
 * record: Payara's OpenAPI generator fails on Bean Validation annotations on record components.
 */
public class NewMessageRequest {

  @NotBlank
  @Size(max = ConversationLimits.CUSTOMER_MESSAGE_MAX)
  private String text;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
