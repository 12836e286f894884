package io.tellerline.console;

import io.tellerline.training.application.ReviewGroup;
import io.tellerline.training.application.ReviewInboxService;
import io.tellerline.training.application.ReviewItemView;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The review inbox page: groups of similar misunderstood turns (masked); the reviewer checks turns
 * (a whole group, or single ones) and labels them, dismisses them or replaces them by a
 * staff-written example.
 */
@Named
@ViewScoped
public class ReviewInboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewInboxService inbox;

  private List<SelectItem> choices;
  private List<String> intents;
  private List<String> selected = new ArrayList<>();
  private String intent;
  private String rewrite;

  /**
   * One checkbox per turn, grouped by similar text. One form for the page: Faces forms repeated in
   * a loop share their "submitted" state, so a second form could post nothing.
   */
  public void load() {
    choices = new ArrayList<>();
    int number = 0;
    for (ReviewGroup group : inbox.groups()) {
      number++;
      SelectItem[] items =
          group.items().stream()
              .map(item -> new SelectItem(item.messageId().toString(), describe(item)))
              .toArray(SelectItem[]::new);
      choices.add(
          new SelectItemGroup(
              "Group " + number + ": " + items.length + " similar turn(s)", null, false, items));
    }
    intents = inbox.intents();
  }

  public void label() {
    try {
      int labelled = inbox.label(chosen(), intent);
      ConsolePage.info(
          "Labelled " + labelled + " turn(s) as " + intent + ": candidates for the next version.");
      reload();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public void dismiss() {
    try {
      ConsolePage.info("Dismissed " + inbox.dismiss(chosen()) + " turn(s).");
      reload();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public void rewrite() {
    try {
      inbox.rewrite(chosen(), rewrite, intent);
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

  /** The checked turns (the service refuses none, or turns no longer waiting). */
  private Set<UUID> chosen() {
    return Set.copyOf(selected.stream().map(UUID::fromString).toList());
  }

  private void reload() {
    selected = new ArrayList<>();
    load();
  }

  public List<SelectItem> getChoices() {
    return choices;
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
