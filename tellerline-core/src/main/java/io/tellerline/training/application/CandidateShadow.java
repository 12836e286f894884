package io.tellerline.training.application;

import io.tellerline.conversation.application.ShadowScoring;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.training.domain.ShadowResult;
import io.tellerline.training.domain.ShadowResults;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The candidate in shadow on this instance, if any: after the live model understood a message, the
 * candidate scores it on the container's executor (never on the customer's request thread) and the
 * two intents and confidences are stored; the message is not kept. A busy executor skips the turn
 * rather than queue customers behind it.
 */
@ApplicationScoped
public class CandidateShadow implements ShadowScoring {

  private static final Logger LOG = Logger.getLogger(CandidateShadow.class.getName());

  /** A model in shadow: its version's id and the model. */
  public record Candidate(UUID id, IntentModel model) {}

  @Resource ManagedExecutorService executor;
  @Inject ShadowResults results;
  @Inject Clock clock;

  private volatile Candidate candidate;

  public void use(Optional<Candidate> shadow) {
    candidate = shadow.orElse(null);
  }

  public Optional<UUID> inShadow() {
    Candidate current = candidate;
    return current == null ? Optional.empty() : Optional.of(current.id());
  }

  @Override
  public void afterUnderstood(String maskedText, MessageAnalysis live) {
    Candidate current = candidate;
    if (current == null) {
      return;
    }
    try {
      executor.execute(() -> score(current, maskedText, live));
    } catch (RejectedExecutionException busy) {
      LOG.fine("shadow scoring skipped a turn: executor busy");
    }
  }

  private void score(Candidate shadow, String text, MessageAnalysis live) {
    try {
      String language = live.language().language();
      IntentModel model = shadow.model();
      IntentPrediction prediction = model.predict(text, model.encoder().encode(text), language);
      results.add(
          new ShadowResult(
              shadow.id(),
              live.intent().modelVersion(),
              language,
              live.intent().intent(),
              live.intent().confidence(),
              prediction.intent(),
              prediction.confidence(),
              clock.instant()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "shadow scoring of a turn failed", e);
    }
  }
}
