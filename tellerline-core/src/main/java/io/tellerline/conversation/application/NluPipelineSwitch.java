package io.tellerline.conversation.application;

import io.tellerline.nlu.TellerlineNlu;

/**
 * Which NLU pipeline understands customers on this instance, and the switch to another (an intent
 * model released in the running system, see capability {@code training}). Turns already being
 * understood finish with the pipeline they started with.
 */
public interface NluPipelineSwitch {

  TellerlineNlu current();

  void use(TellerlineNlu pipeline);
}
