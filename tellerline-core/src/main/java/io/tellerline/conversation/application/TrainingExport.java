package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.IntentCorrection;
import io.tellerline.privacy.domain.ConsentPurpose;
import java.util.List;

/**
 * The intent corrections that may become training data, and how many were left out because the
 * customer who wrote the message has not (or no longer) consented to improving the assistant
 * ({@link ConsentPurpose#IMPROVE_ASSISTANT}). There is no "rewritten by staff without personal
 * data" correction yet, so no exception to that rule.
 */
public record TrainingExport(List<IntentCorrection> rows, int leftOutWithoutConsent) {

  /** Why rows are left out, as the export names it. */
  public static final String LEFT_OUT_REASON =
      "no-consent:" + ConsentPurpose.IMPROVE_ASSISTANT.slug();
}
