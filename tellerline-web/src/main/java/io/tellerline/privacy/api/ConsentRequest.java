package io.tellerline.privacy.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A customer gives ({@code granted: true}) or withdraws a consent, naming the version of the
 * privacy notice she read. A class, not a record: see NewMessageRequest.
 */
public class ConsentRequest {

  @NotNull private Boolean granted;

  @NotNull
  @Pattern(regexp = "[0-9a-f]{16}")
  private String textVersion;

  public Boolean getGranted() {
    return granted;
  }

  public void setGranted(Boolean granted) {
    this.granted = granted;
  }

  public String getTextVersion() {
    return textVersion;
  }

  public void setTextVersion(String textVersion) {
    this.textVersion = textVersion;
  }
}
