package io.tellerline.training.application;

import io.tellerline.training.domain.DatasetVersion;
import java.util.Optional;

/**
 * What cutting a dataset version did: the new version, or none because its rows would equal the
 * newest version's (nothing new was approved); and how many approved labels were left out because
 * their customer does not consent (any more) or was erased.
 */
public record DatasetCut(Optional<DatasetVersion> created, DatasetVersion latest, int leftOut) {

  public boolean nothingNew() {
    return created.isEmpty();
  }
}
