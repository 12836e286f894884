package io.tellerline.conversation.application;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.EscalationReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The chat's metrics as a list of what was reported, in order ("turn answered en", …). */
public final class RecordingTelemetry implements ChatTelemetry {

  public final List<String> reported = new ArrayList<>();
  public final List<Long> turnNanos = new ArrayList<>();

  @Override
  public void assistantTurn(Outcome outcome, Locale language, long elapsedNanos) {
    reported.add("turn " + outcome + " " + language.getLanguage());
    turnNanos.add(elapsedNanos);
  }

  @Override
  public void staffTurn(Locale language, long elapsedNanos) {
    reported.add("turn WITH_STAFF " + language.getLanguage());
    turnNanos.add(elapsedNanos);
  }

  @Override
  public void understood(long elapsedNanos) {
    reported.add("understood");
  }

  @Override
  public void handedOver(EscalationReason reason) {
    reported.add("handed over " + reason);
  }

  @Override
  public void stepUp(StepUpResult result) {
    reported.add("step-up " + result);
  }

  @Override
  public void refused(String limit) {
    reported.add("refused " + limit);
  }
}
