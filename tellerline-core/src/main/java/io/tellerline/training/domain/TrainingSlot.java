package io.tellerline.training.domain;

import java.util.Optional;

/** The one training the whole cluster runs at a time (training takes both cores for a minute). */
public interface TrainingSlot {

  /** The slot if no instance holds it; empty at once otherwise. */
  Optional<Held> tryTake();

  /** A held slot; closing it frees it for the next training. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
