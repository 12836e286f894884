package io.tellerline.compliance;

import io.tellerline.console.ConsolePage;
import io.tellerline.privacy.application.TokenKeyRotationService;
import io.tellerline.privacy.application.TokenKeyStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * The compliance page for tokenization key rotation: the key versions and how many tokens each
 * stands behind; start re-tokenizing under the newest version; destroy an old version once nothing
 * uses it. Both actions need the officer's recent one-time code.
 */
@Named
@ViewScoped
public class TokenKeysBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PAGE = "/console/compliance/token-keys.xhtml";

  @Inject TokenKeyRotationService rotation;
  @Inject HttpServletRequest request;

  private List<TokenKeyStatus> versions = List.of();
  private String version;
  private String stepUpUrl;

  /** viewAction: the versions as they stand. */
  public void load() {
    versions = rotation.versions();
  }

  public void startRotation() {
    act(
        () -> {
          int to = rotation.startRotation(ConsolePage.signedInStaff(request));
          ConsolePage.info(
              "Re-tokenization under key version "
                  + to
                  + " started. It runs in the background; the audit log records each batch and"
                  + " its completion.");
        });
  }

  public void destroy() {
    act(
        () -> {
          int chosen = chosenVersion();
          rotation.destroy(ConsolePage.signedInStaff(request), chosen);
          version = null;
          ConsolePage.info(
              "Key version "
                  + chosen
                  + " destroyed: Tellerline never uses it again. Remove it from the keystore and"
                  + " its escrow now (compliance-docs/key-management.md).");
        });
  }

  private void act(Runnable action) {
    stepUpUrl = ConsolePage.attempt(request, PAGE, action);
    load();
  }

  /** The version as typed; anything but a small number names no version (refused as unknown). */
  private int chosenVersion() {
    String typed = version == null ? "" : version.strip();
    return typed.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(typed) : 0;
  }

  public List<TokenKeyStatus> getVersions() {
    return versions;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getStepUpUrl() {
    return stepUpUrl;
  }
}
