package io.tellerline.console;

import io.tellerline.training.application.ReviewGroup;
import io.tellerline.training.application.ReviewInboxService;
import io.tellerline.training.application.ReviewItemView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The review inbox page: groups of similar misunderstood turns (masked), each with its own form to
 * label the checked turns (none checked: the whole group), dismiss them or replace them by a
 * staff-written example.
 */
@Named
@ViewScoped
public class ReviewInboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReviewInboxService inbox;

  private List<ReviewGroup> groups;
  private List<String> intents;
  private List<String> selected = new ArrayList<>();
  private String intent;
  private String rewrite;

  public void load() {
    groups = inbox.groups();
    intents = inbox.intents();
  }

  public void label(ReviewGroup group) {
    try {
      int labelled = inbox.label(chosen(group), intent);
      ConsolePage.info(
          "Labelled " + labelled + " turn(s) as " + intent + ": candidates for the next version.");
      reload();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public void dismiss(ReviewGroup group) {
    try {
      ConsolePage.info("Dismissed " + inbox.dismiss(chosen(group)) + " turn(s).");
      reload();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public void rewrite(ReviewGroup group) {
    try {
      inbox.rewrite(chosen(group), rewrite, intent);
      ConsolePage.info("Staff-written example saved as " + intent + ".");
      rewrite = null;
      reload();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  /** One line per turn: its masked text and what the assistant made of it. */
  public String describe(ReviewItemView item) {
    return item.maskedText()
        + " — "
        + item.language()
        + ", read as "
        + item.predictedIntent()
        + " "
        + item.confidence()
        + (item.correctedIntent() == null ? "" : ", corrected to " + item.correctedIntent())
        + ", "
        + item.reasons()
        + (item.consented() ? ", consent given" : ", no consent: rewrite only");
  }

  /** The checked turns of this group, or all of them if none is checked. */
  private Set<UUID> chosen(ReviewGroup group) {
    List<UUID> inGroup = group.items().stream().map(ReviewItemView::messageId).toList();
    Set<UUID> picked =
        Set.copyOf(selected.stream().map(UUID::fromString).filter(inGroup::contains).toList());
    return picked.isEmpty() ? Set.copyOf(inGroup) : picked;
  }

  private void reload() {
    selected = new ArrayList<>();
    load();
  }

  public List<ReviewGroup> getGroups() {
    return groups;
  }

  public List<String> getIntents() {
    return intents;
  }

  public List<String> getSelected() {
    return selected;
  }

  public void setSelected(List<String> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getIntent() {
    return intent;
  }

  public void setIntent(String intent) {
    this.intent = intent;
  }

  public String getRewrite() {
    return rewrite;
  }

  public void setRewrite(String rewrite) {
    this.rewrite = rewrite;
  }
}
