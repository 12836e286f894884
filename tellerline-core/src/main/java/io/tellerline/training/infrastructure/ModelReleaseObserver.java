package io.tellerline.training.infrastructure;

import io.tellerline.platform.DatabaseNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A release notification (from any instance) makes this instance reload its models. */
@ApplicationScoped
public class ModelReleaseObserver {

  @Inject LiveModels liveModels;

  void onNotification(@Observes DatabaseNotification notification) {
    if (DatabaseNotification.MODEL_RELEASE.equals(notification.channel())) {
      liveModels.refreshSoon();
    }
  }
}
