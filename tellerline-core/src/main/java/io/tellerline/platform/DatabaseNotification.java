package io.tellerline.platform;

import java.util.List;

/**
 * A PostgreSQL notification on one of {@link #CHANNELS}, delivered as a CDI event to observers on
 * every instance by the one listening connection each instance keeps (see the conversation change
 * listener). An empty payload means "notifications may have been lost: read everything again".
 */
public record DatabaseNotification(String channel, String payload) {

  /** Which intent model is live or in shadow changed (payload: the model version's id). */
  public static final String MODEL_RELEASE = "tellerline_model_release";

  /** Channels listened to besides the conversations' own. */
  public static final List<String> CHANNELS = List.of(MODEL_RELEASE);
}
