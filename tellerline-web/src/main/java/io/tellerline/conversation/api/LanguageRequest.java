package io.tellerline.conversation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The language the customer wants the assistant to speak. A class: see NewMessageRequest. */
public class LanguageRequest {

  @NotNull
  @Pattern(regexp = "en|de")
  private String language;

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
