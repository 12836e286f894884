package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.ContactChannel;
import io.tellerline.conversation.domain.NewContact;
import io.tellerline.conversation.domain.Notifier;
import io.tellerline.conversation.domain.OneTimeCode;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.MasterKeys;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.crypto.KeyedHash;
import io.tellerline.privacy.detection.PiiType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The one-time codes that prove a new contact is the customer's: a random six-digit code sent to
 * the contact through the {@link Notifier}, kept only as a keyed hash ({@link OneTimeCode}). The
 * hash key is derived from the keystore's keyed-token key for this one purpose, so reading the
 * database does not allow trying the million codes offline.
 */
@ApplicationScoped
public class ContactCodes {

  private static final String KEY_PURPOSE = "tellerline/one-time-code/v1";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  @Inject PersonalDataProtection protection;
  @Inject MasterKeys masterKeys;
  @Inject Notifier notifier;

  private KeyedHash hash;

  @PostConstruct
  void init() {
    hash = new KeyedHash(new KeyedHash(masterKeys.tokenization().keyedTokenKey()).mac(KEY_PURPOSE));
  }

  /**
   * The contact the customer typed in this message, read back from its encrypted original and
   * checked for its channel's form; empty when none is kept or it is not one.
   */
  Optional<NewContact> typedIn(CustomerId customer, UUID messageId, ContactChannel channel) {
    return protection
        .keptIn(customer, messageId, piiType(channel))
        .flatMap(
            kept ->
                channel
                    .normalized(kept.value())
                    .map(v -> new NewContact(channel, v, kept.token())));
  }

  /** Sends a fresh code to the contact; returns it as it is kept (hashed). */
  OneTimeCode send(CustomerId customer, NewContact to, Locale language, Instant now) {
    String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    OneTimeCode kept = OneTimeCode.issue(code, HEX.formatHex(salt), now, this::hashOf);
    notifier.sendCode(customer, to, code, language);
    return kept;
  }

  OneTimeCode.Check check(OneTimeCode code, String typed, Instant now) {
    return code.check(typed, now, this::hashOf);
  }

  static PiiType piiType(ContactChannel channel) {
    return channel == ContactChannel.EMAIL ? PiiType.EMAIL : PiiType.PHONE;
  }

  private String hashOf(String salt, String code) {
    return HEX.formatHex(hash.mac(salt + ":" + code));
  }
}
