package io.tellerline.privacy.infrastructure;

import io.tellerline.privacy.application.MasterKeys;
import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.crypto.FieldKeyRing;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Master and tokenization keys from a PKCS#12 keystore named in MicroProfile Config ({@code
 * tellerline.privacy.keystore}, {@code .keystore-password}, {@code .master-key}). Every AES
 * secret-key entry whose alias starts with {@value #MASTER_PREFIX} is a master key; {@code
 * .master-key} names the one that wraps data keys, the others only unwrap (rotation). The entries
 * {@value #FF1_ALIAS} and {@value #HMAC_ALIAS} are the tokenization keys of version 1, {@code
 * tokenization-ff1-v<n>} and {@code tokenization-hmac-v<n>} those of version n (a pair, never one
 * alone). Without a keystore, and only outside the production profile, a DEV-ONLY keystore is
 * generated once and reused.
 */
@ApplicationScoped
public class KeystoreMasterKeys implements MasterKeys {

  static final String MASTER_PREFIX = "master-";
  static final String FF1_ALIAS = "tokenization-ff1";
  static final String HMAC_ALIAS = "tokenization-hmac";
  static final String VERSION_SUFFIX = "-v";
  static final String DEV_MASTER = "master-dev-only-1";
  static final String DEV_PASSWORD = "privacy-keys-DEV-ONLY";
  private static final Logger LOG = Logger.getLogger(KeystoreMasterKeys.class.getName());

  @Inject
  @ConfigProperty(name = "tellerline.profile", defaultValue = "development")
  String profile;

  @Inject
  @ConfigProperty(name = "tellerline.privacy.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "tellerline.privacy.keystore-password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "tellerline.privacy.master-key")
  Optional<String> activeMasterKey;

  @Inject
  @ConfigProperty(
      name = "tellerline.privacy.dev-keystore",
      defaultValue = "${java.io.tmpdir}/tellerline-dev-keys/privacy-keys-DEV-ONLY.p12")
  String devKeystore;

  private FieldCipher wrapping;
  private String activeKeyId;
  private Set<String> heldKeyIds;
  private SortedMap<Integer, TokenizationKeys> tokenization;

  @PostConstruct
  void load() {
    try {
      if (keystore.isPresent()) {
        use(read(Path.of(keystore.get()), password.orElse("").toCharArray()), activeMasterKey);
      } else if ("production".equalsIgnoreCase(profile)) {
        throw new IllegalStateException(
            "tellerline.privacy.keystore must be set in the production profile");
      } else {
        use(developmentKeys(Path.of(devKeystore)), Optional.of(DEV_MASTER));
      }
      LOG.info(
          () ->
              "personal data: data keys are wrapped under master key "
                  + activeKeyId
                  + (keystore.isPresent() ? "" : " (DEVELOPMENT KEYS - never use in production)"));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the privacy keystore", e);
    }
  }

  private void use(Map<String, byte[]> keys, Optional<String> active) {
    Map<String, byte[]> masters = new HashMap<>();
    keys.forEach(
        (alias, key) -> {
          if (alias.startsWith(MASTER_PREFIX)) {
            masters.put(alias, key);
          }
        });
    String chosen =
        active.orElseThrow(
            () ->
                new IllegalStateException("tellerline.privacy.master-key must name a master key"));
    if (!masters.containsKey(chosen)) {
      throw new IllegalStateException("the keystore has no master key " + chosen);
    }
    wrapping = new FieldCipher(FieldKeyRing.of(masters, chosen));
    activeKeyId = chosen;
    heldKeyIds = Set.copyOf(masters.keySet());
    tokenization = tokenizationVersions(keys);
  }

  /** The tokenization key pairs of a keystore, by version; a half pair or none is refused. */
  static SortedMap<Integer, TokenizationKeys> tokenizationVersions(Map<String, byte[]> keys) {
    SortedMap<Integer, byte[]> ff1 = versioned(keys, FF1_ALIAS);
    SortedMap<Integer, byte[]> hmac = versioned(keys, HMAC_ALIAS);
    if (ff1.isEmpty() || !ff1.keySet().equals(hmac.keySet())) {
      throw new IllegalStateException(
          "the keystore needs the entries "
              + FF1_ALIAS
              + " and "
              + HMAC_ALIAS
              + " (or their versions "
              + FF1_ALIAS
              + VERSION_SUFFIX
              + "<n>, "
              + HMAC_ALIAS
              + VERSION_SUFFIX
              + "<n>) in pairs");
    }
    SortedMap<Integer, TokenizationKeys> versions = new TreeMap<>();
    ff1.forEach(
        (version, key) -> versions.put(version, new TokenizationKeys(key, hmac.get(version))));
    return Collections.unmodifiableSortedMap(versions);
  }

  private static SortedMap<Integer, byte[]> versioned(Map<String, byte[]> keys, String alias) {
    SortedMap<Integer, byte[]> found = new TreeMap<>();
    keys.forEach(
        (name, key) -> {
          if (name.equals(alias)) {
            found.put(1, key);
          } else if (name.startsWith(alias + VERSION_SUFFIX)
              && name.substring(alias.length() + VERSION_SUFFIX.length())
                  .matches("[1-9][0-9]{0,3}")) {
            int version =
                Integer.parseInt(name.substring(alias.length() + VERSION_SUFFIX.length()));
            if (version == 1) {
              throw new IllegalStateException(alias + " is version 1; name it without a suffix");
            }
            found.put(version, key);
          }
        });
    return found;
  }

  @Override
  public FieldCipher wrapping() {
    return wrapping;
  }

  @Override
  public String activeKeyId() {
    return activeKeyId;
  }

  @Override
  public Set<String> heldKeyIds() {
    return heldKeyIds;
  }

  @Override
  public SortedMap<Integer, TokenizationKeys> tokenizationVersions() {
    return tokenization;
  }

  /** Every secret-key entry of a PKCS#12 keystore, by alias (lower case, as PKCS#12 keeps them). */
  static Map<String, byte[]> read(Path file, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    Map<String, byte[]> keys = new HashMap<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.getEntry(alias, new KeyStore.PasswordProtection(password))
          instanceof KeyStore.SecretKeyEntry secret) {
        keys.put(alias.toLowerCase(java.util.Locale.ROOT), secret.getSecretKey().getEncoded());
      }
    }
    return keys;
  }

  /** Writes a keystore of 32-byte AES keys (used for the dev keystore and by tests and tools). */
  public static void write(Path file, char[] password, Map<String, byte[]> keys)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    for (Map.Entry<String, byte[]> key : keys.entrySet()) {
      store.setEntry(
          key.getKey(),
          new KeyStore.SecretKeyEntry(new SecretKeySpec(key.getValue(), "AES")),
          new KeyStore.PasswordProtection(password));
    }
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, "keystore", ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      store.store(out, password);
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The DEV-ONLY keystore, created on first use. Instances on one machine share it (a file lock
   * keeps two from creating different keys), so data written by one stays readable by the others.
   */
  private static Map<String, byte[]> developmentKeys(Path file)
      throws IOException, GeneralSecurityException {
    char[] devPassword = DEV_PASSWORD.toCharArray();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      if (!Files.exists(file)) {
        SecureRandom random = new SecureRandom();
        Map<String, byte[]> keys = new HashMap<>();
        for (String alias : new String[] {DEV_MASTER, FF1_ALIAS, HMAC_ALIAS}) {
          byte[] key = new byte[32];
          random.nextBytes(key);
          keys.put(alias, key);
        }
        write(file, devPassword, keys);
      }
      return read(file, devPassword);
    }
  }
}
