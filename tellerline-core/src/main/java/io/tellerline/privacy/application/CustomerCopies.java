package io.tellerline.privacy.application;

import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.crypto.FieldKeyRing;
import io.tellerline.privacy.domain.DataKey;
import io.tellerline.privacy.domain.DataKeys;
import io.tellerline.privacy.domain.ProtectedValue;
import io.tellerline.privacy.domain.ProtectedValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's own copy of her data (GDPR Art. 15, 20): her originals decrypted for her, and the
 * documents made for her sealed under her data key, so that a copy is no weaker than what it copies
 * and her erasure (her keys destroyed) makes it unreadable too. Never for staff.
 */
@ApplicationScoped
public class CustomerCopies {

  @Inject DataKeys dataKeys;
  @Inject ProtectedValues protectedValues;

  /**
   * The originals kept for the customer's messages in one conversation, decrypted for her own copy
   * of her data (GDPR Art. 15), by token; never for staff. Values of another customer and values
   * whose key was destroyed (erasure) are left out.
   */
  public Map<String, String> originalsForCustomer(CustomerId customer, UUID conversationId) {
    Map<String, Optional<DataKey>> keys = new HashMap<>();
    Map<String, String> originals = new HashMap<>();
    for (ProtectedValue value : protectedValues.ofConversation(conversationId)) {
      if (value.customerId().equals(customer.value())) {
        keys.computeIfAbsent(value.dataKeyId(), dataKeys::find)
            .ifPresent(
                key -> originals.put(value.token(), PersonalDataProtection.open(key, value)));
      }
    }
    return originals;
  }

  /**
   * Encrypts a document made for the customer (her data export) under her live data key, bound to
   * {@code associatedData}; the key id travels inside the result.
   */
  public String sealForCustomer(CustomerId customer, byte[] content, String associatedData) {
    DataKey key = dataKeys.liveKeyOf(customer);
    return new FieldCipher(FieldKeyRing.of(Map.of(key.id(), key.material()), key.id()))
        .seal(content, associatedData);
  }

  /**
   * Decrypts what {@link #sealForCustomer} made for this customer; empty when her key was destroyed
   * or the key is not hers.
   */
  public Optional<byte[]> openForCustomer(
      CustomerId customer, String sealed, String associatedData) {
    String keyId = FieldCipher.keyIdOf(sealed);
    if (!keyId.startsWith("dk-" + customer.value() + "-")) {
      return Optional.empty();
    }
    return dataKeys
        .find(keyId)
        .map(
            key ->
                new FieldCipher(FieldKeyRing.of(Map.of(key.id(), key.material()), key.id()))
                    .open(sealed, associatedData));
  }
}
