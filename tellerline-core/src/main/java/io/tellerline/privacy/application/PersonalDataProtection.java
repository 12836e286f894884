package io.tellerline.privacy.application;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.banking.domain.PostalAddress;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.StaffTextRedaction;
import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.crypto.FieldKeyRing;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.DataKey;
import io.tellerline.privacy.domain.DataKeys;
import io.tellerline.privacy.domain.PiiMark;
import io.tellerline.privacy.domain.PiiMarks;
import io.tellerline.privacy.domain.ProtectedText;
import io.tellerline.privacy.domain.ProtectedText.Original;
import io.tellerline.privacy.domain.ProtectedValue;
import io.tellerline.privacy.domain.ProtectedValues;
import io.tellerline.privacy.domain.TokenKeyVersions;
import io.tellerline.privacy.tokenization.Replacement;
import io.tellerline.privacy.tokenization.TokenizedText;
import io.tellerline.privacy.tokenization.Tokenizer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one door through which text typed by people enters Tellerline: personal data is replaced by
 * tokens before the text is stored, classified, logged or audited, and the originals are encrypted
 * under the customer's data key. Business code sees only {@link ProtectedText}.
 */
@ApplicationScoped
public class PersonalDataProtection implements StaffTextRedaction {

  @Inject MasterKeys masterKeys;
  @Inject DataKeys dataKeys;
  @Inject ProtectedValues protectedValues;
  @Inject Clock clock;
  @Inject CustomerDirectory customers;
  @Inject TokenKeyVersions keyVersions;

  /** How often an instance asks the database which tokenization key versions were destroyed. */
  static final Duration DESTROYED_CHECK = Duration.ofSeconds(10);

  private TokenizerRing ring;
  private final AtomicLong checkedAt = new AtomicLong();
  private volatile boolean checked;

  @PostConstruct
  void init() {
    ring = new TokenizerRing(masterKeys.tokenizationVersions(), Set.of());
  }

  /**
   * The tokenizers, without the versions destroyed (the database says; checked at most every {@link
   * #DESTROYED_CHECK}, and at once when {@code fresh}).
   */
  private TokenizerRing ring(boolean fresh) {
    long now = System.nanoTime();
    long last = checkedAt.get();
    if (fresh || !checked || now - last > DESTROYED_CHECK.toNanos()) {
      ring.forget(keyVersions.destroyed());
      checkedAt.set(now);
      checked = true;
    }
    return ring;
  }

  private Tokenizer tokenizer() {
    return ring(false).active();
  }

  /** The version of the tokenization keys new tokens are made under. */
  public int tokenKeyVersion() {
    return ring(false).activeVersion();
  }

  /** The versions of the tokenization keys this instance holds and that are not destroyed. */
  public Set<Integer> liveTokenKeyVersions() {
    return ring(true).liveVersions();
  }

  /**
   * The token of an original under the active tokenization keys (re-tokenization after a key
   * rotation): the token a message with this value would get now.
   */
  public String tokenNow(PiiType type, String original) {
    return tokenizer().tokenFor(type, original);
  }

  /**
   * A version was destroyed here: drop it at once (other instances learn it from the database).
   * Public because callers reach this bean through its CDI proxy.
   */
  public void forget(int version) {
    ring.forget(Set.of(version));
  }

  /** Finds and tokenizes personal data; the customer's own name and address are looked for too. */
  public ProtectedText protect(CustomerProfile customer, String text) {
    TokenizedText tokenized = tokenizer().tokenize(text, detectionProfile(customer));
    if (!tokenized.changed()) {
      return ProtectedText.unchanged(text);
    }
    List<Replacement> replacements = new ArrayList<>(tokenized.replacements());
    replacements.sort(Comparator.comparingInt(Replacement::tokenStart));
    List<PiiMark> marks = new ArrayList<>();
    List<Original> originals = new ArrayList<>();
    for (Replacement r : replacements) {
      marks.add(new PiiMark(r.type(), r.tokenStart(), r.tokenStart() + r.token().length()));
      originals.add(new Original(r.type(), r.token(), r.original()));
    }
    return new ProtectedText(tokenized.text(), new PiiMarks(marks), originals);
  }

  /**
   * A message that is one personal value as a whole (the new address the assistant asked for),
   * tokenized as that type even where the detector would not recognise it.
   */
  public ProtectedText protectWhole(String text, PiiType type) {
    String value = text.strip();
    String token = tokenizer().tokenFor(type, value);
    return new ProtectedText(
        token,
        new PiiMarks(List.of(new PiiMark(type, 0, token.length()))),
        List.of(new Original(type, token, value)));
  }

  /**
   * The original of a value of this type kept for one of the customer's messages, for the
   * customer's own request (never shown to staff this way); empty when none is kept or the
   * customer's keys were destroyed.
   */
  public Optional<String> originalIn(CustomerId customer, UUID messageId, PiiType type) {
    return protectedValues.ofCustomer(customer.value()).stream()
        .filter(value -> value.messageId().equals(messageId) && value.type() == type)
        .findFirst()
        .flatMap(value -> dataKeys.find(value.dataKeyId()).map(key -> open(key, value)));
  }

  /**
   * Like {@link #originalIn}, with the value's token (what logs and the audit trail may name
   * instead of the value); the original's {@code toString} shows only type and token.
   */
  public Optional<Original> keptIn(CustomerId customer, UUID messageId, PiiType type) {
    return protectedValues.ofCustomer(customer.value()).stream()
        .filter(value -> value.messageId().equals(messageId) && value.type() == type)
        .findFirst()
        .flatMap(
            value ->
                dataKeys
                    .find(value.dataKeyId())
                    .map(key -> new Original(type, value.token(), open(key, value))));
  }

  /** Decrypts a kept value with its customer's data key. */
  public static String open(DataKey key, ProtectedValue value) {
    return new FieldCipher(FieldKeyRing.of(Map.of(key.id(), key.material()), key.id()))
        .decrypt(value.ciphertext(), ProtectedValue.associatedData(value.id()));
  }

  /**
   * Encrypts the originals of a stored message under the customer's data key, in the caller's
   * transaction, so a message is never stored without them nor they without it.
   */
  public void keep(CustomerId customer, UUID conversationId, UUID messageId, ProtectedText text) {
    if (!text.containsPersonalData()) {
      return;
    }
    DataKey key = dataKeys.liveKeyOf(customer);
    // The tokens were made under the active version a moment ago; it changes only when destroyed,
    // which is refused for the version an instance makes tokens under.
    int tokenKeyVersion = tokenKeyVersion();
    FieldCipher cipher =
        new FieldCipher(FieldKeyRing.of(Map.of(key.id(), key.material()), key.id()));
    List<Original> originals = text.originals();
    for (int ordinal = 0; ordinal < originals.size(); ordinal++) {
      Original original = originals.get(ordinal);
      UUID id = UUID.randomUUID();
      String ciphertext = cipher.encrypt(original.value(), ProtectedValue.associatedData(id));
      protectedValues.add(
          new ProtectedValue(
              id,
              customer.value(),
              conversationId,
              messageId,
              ordinal,
              original.type(),
              original.token(),
              ciphertext,
              key.id(),
              clock.instant(),
              tokenKeyVersion));
    }
  }

  /**
   * Text written by staff about a customer (a reason, a note) with structured personal data
   * tokenized; the originals are not kept.
   */
  public String withoutPersonalData(String text) {
    return tokenizer().tokenize(text, io.tellerline.privacy.detection.CustomerProfile.NONE).text();
  }

  @Override
  public String redact(String text) {
    return withoutPersonalData(text);
  }

  @Override
  public String redactAbout(CustomerId customer, String text) {
    return customers
        .profileOf(customer)
        .map(profile -> protect(profile, text).text())
        .orElseGet(() -> withoutPersonalData(text));
  }

  /**
   * The tokens that stand for a value staff typed (an IBAN, card number, e-mail address, phone
   * number, national id, or an account number or date of birth with its context word), to find it
   * in stored text without decrypting anything: one per live tokenization key version, newest first
   * (during a rotation a value may be stored under either); empty unless exactly one value is
   * recognised. A destroyed version gives no token, so text under it can no longer be found.
   */
  public Optional<SearchToken> searchTokenFor(String typed) {
    Optional<SearchToken> found = Optional.empty();
    for (Tokenizer tokenizer : ring(true).newestFirst()) {
      TokenizedText tokenized =
          tokenizer.tokenize(typed, io.tellerline.privacy.detection.CustomerProfile.NONE);
      if (tokenized.replacements().size() != 1) {
        return Optional.empty();
      }
      Replacement only = tokenized.replacements().get(0);
      found =
          Optional.of(
              found
                  .map(newer -> newer.alsoUnderOlderKey(only.token()))
                  .orElseGet(() -> new SearchToken(only.type(), only.token())));
    }
    return found;
  }

  private static io.tellerline.privacy.detection.CustomerProfile detectionProfile(
      CustomerProfile customer) {
    PostalAddress address = customer.postalAddress().orElse(new PostalAddress(null, null, null));
    return new io.tellerline.privacy.detection.CustomerProfile(
        customer.name().orElse(null), address.street(), address.postcode(), address.city());
  }
}
