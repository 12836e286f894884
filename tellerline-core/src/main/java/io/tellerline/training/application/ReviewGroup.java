package io.tellerline.training.application;

import java.io.Serializable;
import java.util.List;

/** Turns of the review inbox similar enough to be labelled together, newest first. */
public record ReviewGroup(List<ReviewItemView> items) implements Serializable {

  public ReviewGroup {
    items = List.copyOf(items);
  }

  /** The group's newest turn, which the others were found similar to. */
  public ReviewItemView lead() {
    return items.get(0);
  }
}
