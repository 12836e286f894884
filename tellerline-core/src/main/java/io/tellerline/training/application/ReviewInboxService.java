package io.tellerline.training.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.nlu.IntentCatalogue;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.detection.PiiSpan;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.Consents;
import io.tellerline.training.domain.ConsentFilter;
import io.tellerline.training.domain.DatasetRowSource;
import io.tellerline.training.domain.ReviewItem;
import io.tellerline.training.domain.ReviewLabel;
import io.tellerline.training.domain.ReviewLabel.Status;
import io.tellerline.training.domain.ReviewLabels;
import io.tellerline.training.domain.SimilarTextGroups;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review inbox ("misunderstood"): turns the assistant did not understand, was unsure of, that
 * staff corrected or that sit in badly rated conversations, masked and grouped by similar text. A
 * reviewer labels turns with an intent (candidate training rows), dismisses them, or replaces them
 * by a staff-written example without personal data. Supervisors and compliance officers: the inbox
 * shows turns of every customer, beyond a teller's need-to-know.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR, Role.COMPLIANCE_OFFICER})
public class ReviewInboxService {

  /** Below this the assistant does not answer (the triage's threshold). */
  static final double LOW_CONFIDENCE = 0.45;

  /** Cosine similarity at which two masked texts are shown as one group. */
  static final double SIMILAR = 0.80;

  /** Newest turns shown at once: grouping is quadratic in the worst case. */
  static final int SHOWN = 200;

  /** The label for turns no intent fits (the classifier's out-of-scope class). */
  public static final String OUT_OF_SCOPE = "oos";

  private static final IntentCatalogue CATALOGUE = IntentCatalogue.bundled();
  private static final PiiDetector DETECTOR = new PiiDetector();

  @Inject ReviewLabels labels;
  @Inject MessageUnderstanding understanding;
  @Inject Consents consents;
  @Inject Audit audit;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** The waiting turns, grouped by similar (masked) text, newest group first. */
  public List<ReviewGroup> groups() {
    List<ReviewItem> waiting = labels.waiting(LOW_CONFIDENCE, SHOWN);
    Set<CustomerId> consenting =
        consents.consenting(
            ConsentPurpose.IMPROVE_ASSISTANT,
            waiting.stream().map(ReviewItem::customer).collect(Collectors.toSet()));
    return SimilarTextGroups.of(waiting, item -> understanding.embed(item.maskedText()), SIMILAR)
        .stream()
        .map(
            group ->
                new ReviewGroup(
                    group.stream()
                        .map(item -> view(item, consenting.contains(item.customer())))
                        .toList()))
        .toList();
  }

  /** The labels a reviewer may choose: the catalogue's intents and {@value #OUT_OF_SCOPE}. */
  public List<String> intents() {
    List<String> intents = new ArrayList<>(CATALOGUE.all().keySet().stream().sorted().toList());
    intents.add(OUT_OF_SCOPE);
    return intents;
  }

  /**
   * Labels the waiting turns among {@code messageIds} with {@code intent}: a turn a teller
   * corrected to the same intent confirms that correction (source STAFF_CORRECTION), any other is a
   * REVIEWED_TURN. Whether a turn enters a dataset version is decided when the version is cut
   * (consent, erasure). Returns how many turns were labelled.
   *
   * @throws InvalidInputException for an intent outside the catalogue, or if none is waiting
   */
  public int label(Collection<UUID> messageIds, String intent) {
    checkIntent(intent);
    List<ReviewItem> items = waiting(messageIds);
    JsonArrayBuilder ids = JsonBuilders.array();
    int confirmed = 0;
    for (ReviewItem item : items) {
      boolean confirms = item.correctionId() != null && intent.equals(item.correctedIntent());
      ReviewLabel label =
          decision(
              item,
              confirms ? DatasetRowSource.STAFF_CORRECTION : DatasetRowSource.REVIEWED_TURN,
              Status.APPROVED,
              intent);
      labels.add(label);
      ids.add(label.id().toString());
      confirmed += confirms ? 1 : 0;
    }
    audit
        .staffAction(AuditEventType.REVIEW_LABELLED)
        .with("intent", intent)
        .with("labels", ids)
        .with("count", items.size())
        .with("confirmedCorrections", confirmed)
        .record();
    return items.size();
  }

  /**
   * Dismisses the waiting turns among {@code messageIds}: they leave the inbox and never become
   * training rows. Returns how many.
   *
   * @throws InvalidInputException if none is waiting
   */
  public int dismiss(Collection<UUID> messageIds) {
    List<ReviewItem> items = waiting(messageIds);
    JsonArrayBuilder ids = JsonBuilders.array();
    for (ReviewItem item : items) {
      ReviewLabel label = decision(item, DatasetRowSource.REVIEWED_TURN, Status.DISMISSED, null);
      labels.add(label);
      ids.add(label.id().toString());
    }
    audit
        .staffAction(AuditEventType.REVIEW_DISMISSED)
        .with("labels", ids)
        .with("count", items.size())
        .record();
    return items.size();
  }

  /**
   * Replaces the waiting turns among {@code messageIds} by one example a reviewer wrote without
   * personal data (source STAFF_WRITTEN, needs no customer's consent); the turns leave the inbox.
   * Returns the new label's id.
   *
   * @throws InvalidInputException for an unknown intent, text that is empty, too long, has control
   *     characters or in which the privacy module's detector still finds personal data
   */
  public UUID rewrite(Collection<UUID> messageIds, String text, String intent) {
    checkIntent(intent);
    String example = checkRewrite(text);
    List<ReviewItem> items = waiting(messageIds);
    for (ReviewItem item : items) {
      labels.add(decision(item, DatasetRowSource.REVIEWED_TURN, Status.REWRITTEN, null));
    }
    ReviewLabel written =
        new ReviewLabel(
            UUID.randomUUID(),
            null,
            null,
            DatasetRowSource.STAFF_WRITTEN,
            Status.APPROVED,
            items.get(0).language(),
            intent,
            example,
            staff(),
            clock.instant());
    labels.add(written);
    audit
        .staffAction(AuditEventType.REVIEW_REWRITTEN)
        .with("label", written.id().toString())
        .with("intent", intent)
        .with("language", written.language())
        .with("turnsReplaced", items.size())
        .record();
    return written.id();
  }

  /** The example as it would be stored, or the reason it is refused. */
  static String checkRewrite(String text) {
    String example = text == null ? "" : text.strip();
    if (example.isEmpty()
        || example.length() > ConsentFilter.MAX_TEXT
        || example.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("text", "review.rewrite_invalid", ConsentFilter.MAX_TEXT);
    }
    List<PiiSpan> found = DETECTOR.detect(example);
    if (!found.isEmpty()) {
      throw new InvalidInputException(
          "text",
          "review.rewrite_personal_data",
          String.join(", ", found.stream().map(s -> s.type().name()).distinct().sorted().toList()));
    }
    return example;
  }

  private void checkIntent(String intent) {
    if (intent == null || !intents().contains(intent)) {
      throw new InvalidInputException("intent", "conversation.intent_unknown");
    }
  }

  private List<ReviewItem> waiting(Collection<UUID> messageIds) {
    List<ReviewItem> items =
        labels.waitingAmong(Set.copyOf(messageIds), LOW_CONFIDENCE).stream().toList();
    if (items.isEmpty()) {
      throw new InvalidInputException("items", "review.nothing_selected");
    }
    return items;
  }

  private ReviewLabel decision(
      ReviewItem item, DatasetRowSource source, Status status, String intent) {
    Instant now = clock.instant();
    return new ReviewLabel(
        UUID.randomUUID(),
        item.messageId(),
        source == DatasetRowSource.STAFF_CORRECTION ? item.correctionId() : null,
        source,
        status,
        item.language(),
        intent,
        null,
        staff(),
        now);
  }

  private static ReviewItemView view(ReviewItem item, boolean consented) {
    return new ReviewItemView(
        item.messageId(),
        item.language(),
        item.maskedText(),
        item.predictedIntent(),
        item.confidence(),
        item.correctedIntent(),
        item.reasons(),
        consented);
  }

  private String staff() {
    return session.getCallerPrincipal().getName();
  }
}
