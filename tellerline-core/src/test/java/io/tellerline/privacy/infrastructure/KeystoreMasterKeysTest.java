package io.tellerline.privacy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.privacy.crypto.FieldCipher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreMasterKeysTest {

  @TempDir Path dir;

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private KeystoreMasterKeys configured(Path keystore, String active, String profile) {
    KeystoreMasterKeys keys = new KeystoreMasterKeys();
    keys.profile = profile;
    keys.keystore = Optional.ofNullable(keystore).map(Path::toString);
    keys.password = Optional.of("secret");
    keys.activeMasterKey = Optional.ofNullable(active);
    keys.devKeystore = dir.resolve("dev/privacy-keys-DEV-ONLY.p12").toString();
    keys.load();
    return keys;
  }

  @Test
  void readsMasterAndTokenizationKeysAndRotates() throws Exception {
    Path before = dir.resolve("before.p12");
    KeystoreMasterKeys.write(
        before,
        "secret".toCharArray(),
        Map.of("master-a", key(1), "tokenization-ff1", key(2), "tokenization-hmac", key(3)));
    KeystoreMasterKeys a = configured(before, "master-a", "production");
    String wrapped = a.wrapping().seal(key(9), "customer_data_key/dk-1");
    assertEquals("master-a", FieldCipher.keyIdOf(wrapped));
    assertArrayEquals(key(2), a.tokenization().formatPreservingKey());

    Path after = dir.resolve("after.p12");
    KeystoreMasterKeys.write(
        after,
        "secret".toCharArray(),
        Map.of(
            "master-a", key(1),
            "master-b", key(4),
            "tokenization-ff1", key(2),
            "tokenization-hmac", key(3)));
    KeystoreMasterKeys b = configured(after, "master-b", "production");
    assertArrayEquals(key(9), b.wrapping().open(wrapped, "customer_data_key/dk-1"));
    assertEquals("master-b", FieldCipher.keyIdOf(b.wrapping().seal(key(9), "x")));
  }

  @Test
  void refusesAnIncompleteKeystore() throws Exception {
    Path keystore = dir.resolve("partial.p12");
    KeystoreMasterKeys.write(keystore, "secret".toCharArray(), Map.of("master-a", key(1)));
    assertThrows(IllegalStateException.class, () -> configured(keystore, "master-a", "production"));
    assertThrows(IllegalStateException.class, () -> configured(keystore, "master-z", "production"));
  }

  @Test
  void readsVersionedTokenizationKeysAndMakesNewTokensUnderTheNewest() {
    Map<String, byte[]> keys =
        Map.of(
            "tokenization-ff1", key(2),
            "tokenization-hmac", key(3),
            "tokenization-ff1-v2", key(5),
            "tokenization-hmac-v2", key(6),
            "master-a", key(1));
    var versions = KeystoreMasterKeys.tokenizationVersions(keys);
    assertEquals(java.util.List.of(1, 2), java.util.List.copyOf(versions.keySet()));
    assertArrayEquals(key(2), versions.get(1).formatPreservingKey());
    assertArrayEquals(key(6), versions.get(2).keyedTokenKey());
    Map<String, byte[]> onlyNew =
        Map.of("tokenization-ff1-v3", key(7), "tokenization-hmac-v3", key(8));
    assertEquals(
        java.util.Set.of(3),
        KeystoreMasterKeys.tokenizationVersions(onlyNew).keySet(),
        "version 1 may be gone from the keystore once destroyed");
  }

  @Test
  void refusesHalfAPairOrAVersionOneSuffix() {
    assertThrows(
        IllegalStateException.class,
        () ->
            KeystoreMasterKeys.tokenizationVersions(
                Map.of(
                    "tokenization-ff1", key(2),
                    "tokenization-hmac", key(3),
                    "tokenization-ff1-v2", key(5))));
    assertThrows(
        IllegalStateException.class,
        () ->
            KeystoreMasterKeys.tokenizationVersions(
                Map.of("tokenization-ff1-v1", key(2), "tokenization-hmac-v1", key(3))));
  }

  @Test
  void productionNeedsAKeystore() {
    assertThrows(IllegalStateException.class, () -> configured(null, null, "production"));
  }

  @Test
  void developmentKeysAreGeneratedOnceAndMarked() {
    KeystoreMasterKeys first = configured(null, null, "development");
    KeystoreMasterKeys second = configured(null, null, "development");
    assertEquals(KeystoreMasterKeys.DEV_MASTER, first.activeKeyId());
    assertTrue(first.activeKeyId().contains("dev-only"));
    assertTrue(Files.exists(dir.resolve("dev/privacy-keys-DEV-ONLY.p12")));
    assertArrayEquals(first.tokenization().keyedTokenKey(), second.tokenization().keyedTokenKey());
  }
}
