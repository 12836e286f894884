package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.PendingAction;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.ScoredIntent;
import io.tellerline.platform.JsonBuilders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one AI_DECISION audit event per assistant turn. It records what was decided and on what
 * basis, with the customer's pseudonym (internal id) and never the message text.
 */
@ApplicationScoped
public class AiDecisionRecorder {

  @Inject Audit audit;
  @Inject MessageUnderstanding understanding;

  void record(
      Caller caller,
      Conversation conversation,
      Message question,
      MessageAnalysis analysis,
      PolicyDecision decision,
      AssistantReply reply,
      long elapsedNanos) {
    IntentPrediction prediction = analysis.intent();
    JsonObjectBuilder payload =
        JsonBuilders.object()
            .add("conversationId", conversation.id().toString())
            .add("messageId", question.id().toString())
            .add("customer", conversation.customerId().toString())
            .add("channel", conversation.channel().name())
            .add("language", analysis.language().language())
            .add("languageFromProfile", analysis.language().fromProfile())
            .add("intent", prediction.intent())
            .add("confidence", prediction.confidence())
            .add("outOfScope", prediction.outOfScope())
            .add("alternatives", alternatives(prediction.alternatives()))
            .add("modelParts", alternatives(prediction.explanation().partScores()))
            .add("frustrated", analysis.frustration().frustrated())
            .add("frustration", analysis.frustration().probability())
            .add("modelVersion", prediction.modelVersion())
            .add("frustrationModelVersion", understanding.frustrationModelVersion())
            .add("trainingDataSha256", understanding.trainingDataSha256())
            .add("policy", policy(decision))
            .add("outcome", reply.outcome().name())
            .add("responseTemplate", reply.templateKey())
            .add("done", done(reply))
            .add("acr", caller.authenticationLevel())
            .add("latencyMicros", elapsedNanos / 1_000);
    caller.authenticatedAt().ifPresent(at -> payload.add("authTime", at.toString()));
    audit
        .assistantDecision(AuditEventType.AI_DECISION)
        .inConversation(conversation.id())
        .withAll(payload)
        .record();
  }

  /** Records a customer's return to a pending sensitive action and what came of it. */
  void recordResume(
      Caller caller,
      PendingAction pending,
      PolicyDecision decision,
      String result,
      Map<String, String> done) {
    JsonObjectBuilder payload =
        JsonBuilders.object()
            .add("conversationId", pending.conversationId().toString())
            .add("pendingActionId", pending.id().toString())
            .add("customer", pending.customerId().toString())
            .add("intent", pending.intent())
            .add("policy", policy(decision))
            .add("result", result)
            .add("done", done(done))
            .add("acr", caller.authenticationLevel());
    caller.authenticatedAt().ifPresent(at -> payload.add("authTime", at.toString()));
    audit
        .assistantDecision(AuditEventType.SENSITIVE_ACTION_RESUMED)
        .inConversation(pending.conversationId())
        .withAll(payload)
        .record();
  }

  private static JsonObjectBuilder done(AssistantReply reply) {
    return done(reply.done());
  }

  /** What an action changed (ids, amounts, tokens), in key order so equal records read alike. */
  private static JsonObjectBuilder done(Map<String, String> done) {
    JsonObjectBuilder record = JsonBuilders.object();
    new TreeMap<>(done).forEach(record::add);
    return record;
  }

  private static JsonObjectBuilder policy(PolicyDecision decision) {
    JsonObjectBuilder policy =
        JsonBuilders.object()
            .add("action", decision.action())
            .add("verdict", decision.verdict().name())
            .add("requiredAcr", decision.requirement().level().acrValue())
            .add("reason", decision.reason())
            .add("version", decision.policyVersion());
    decision.requirement().maxAge().ifPresent(age -> policy.add("maxAgeSeconds", age.toSeconds()));
    return policy;
  }

  private static JsonArrayBuilder alternatives(List<ScoredIntent> scores) {
    JsonArrayBuilder array = JsonBuilders.array();
    for (ScoredIntent alternative : scores) {
      array.add(
          JsonBuilders.object()
              .add("intent", alternative.intent())
              .add("score", alternative.score()));
    }
    return array;
  }
}
