package io.tellerline.conversation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer's chat message. A class rather than a record: Payara's OpenAPI generator fails on Bean
 * Validation annotations on record components.
 */
public class NewMessageRequest {

  public static final int MAX_LENGTH = 2000;

  @NotNull(message = "is required")
  @Size(min = 1, max = MAX_LENGTH, message = "must have 1 to 2000 characters")
  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
  private String text;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
