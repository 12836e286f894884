package io.tellerline.conversation.application;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.knowledge.application.FaqAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The fallback for intents no handler claims and every signed-in customer may ask (fees, interest,
 * branches…): the first paragraph of the published article that answers the message best, citing it
 * (the template key names its version), else "not supported yet". So a general question needs no
 * code: catalogue and corpus rows, a policy row, and an article in the knowledge base.
 */
@ApplicationScoped
public class KnowledgeBaseAnswers implements IntentHandler {

  @Inject FaqAnswers faq;

  /** Claims nothing: {@link IntentHandlers} chooses it for what no handler claims. */
  @Override
  public Set<String> intents() {
    return Set.of();
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    return faq.answer(request.language(), request.maskedText(), request.intent())
        .map(
            cited ->
                new AssistantReply(
                    "kb:" + cited.slug() + "@v" + cited.version(),
                    AssistantTexts.text(
                        "answer.kb",
                        request.language(),
                        cited.text(),
                        cited.title(),
                        cited.slug(),
                        cited.version()),
                    Outcome.ANSWERED))
        .orElseGet(
            () ->
                AssistantTexts.reply(
                    "answer.not_yet_supported", request.language(), Outcome.ANSWERED));
  }
}
