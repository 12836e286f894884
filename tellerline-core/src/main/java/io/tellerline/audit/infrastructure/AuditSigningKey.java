package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.SigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Ed25519 key that signs tree heads, from a PKCS#12 keystore named in MicroProfile Config
 * ({@code tellerline.audit.signing.keystore}, {@code .keystore-password}, {@code .key-alias}): a
 * private-key entry (EdDSA) or a secret-key entry holding the 32-byte seed. Without a keystore, and
 * only outside the production profile, a development key is generated once and kept in a keystore
 * file whose name says DEV-ONLY; with {@code tellerline.profile=production} start-up fails instead.
 */
@ApplicationScoped
public class AuditSigningKey {

  static final String DEV_ALIAS = "tellerline-audit-signing-DEV-ONLY";
  private static final Logger LOG = Logger.getLogger(AuditSigningKey.class.getName());

  @Inject
  @ConfigProperty(name = "tellerline.profile", defaultValue = "development")
  String profile;

  @Inject
  @ConfigProperty(name = "tellerline.audit.signing.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "tellerline.audit.signing.keystore-password")
  Optional<String> password;

  @Inject
  @ConfigProperty(
      name = "tellerline.audit.signing.key-alias",
      defaultValue = "tellerline-audit-signing")
  String alias;

  @Inject
  @ConfigProperty(
      name = "tellerline.audit.signing.dev-keystore",
      defaultValue = "${java.io.tmpdir}/tellerline-dev-keys/audit-signing-DEV-ONLY.p12")
  String devKeystore;

  private SigningKey key;

  @PostConstruct
  void load() {
    try {
      if (keystore.isPresent()) {
        key = read(Path.of(keystore.get()), alias, password.orElse("").toCharArray());
      } else if ("production".equalsIgnoreCase(profile)) {
        throw new IllegalStateException(
            "tellerline.audit.signing.keystore must be set in the production profile");
      } else {
        key = developmentKey(Path.of(devKeystore));
      }
      LOG.info(
          () ->
              "audit tree heads are signed with key "
                  + key.keyId()
                  + (keystore.isPresent() ? "" : " (DEVELOPMENT KEY - never use in production)"));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the audit signing key", e);
    }
  }

  public SigningKey key() {
    return key;
  }

  static SigningKey read(Path file, String alias, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    KeyStore.Entry entry = store.getEntry(alias, new KeyStore.PasswordProtection(password));
    if (entry instanceof KeyStore.PrivateKeyEntry privateKey) {
      byte[] pkcs8 = privateKey.getPrivateKey().getEncoded();
      if (PrivateKeyFactory.createKey(pkcs8) instanceof Ed25519PrivateKeyParameters ed25519) {
        return new SigningKey(ed25519.getEncoded());
      }
      throw new GeneralSecurityException("key " + alias + " is not an Ed25519 key");
    }
    if (entry instanceof KeyStore.SecretKeyEntry secret) {
      return new SigningKey(secret.getSecretKey().getEncoded());
    }
    throw new GeneralSecurityException("no key " + alias + " in " + file);
  }

  private static SigningKey developmentKey(Path file) throws IOException, GeneralSecurityException {
    char[] devPassword = DEV_ALIAS.toCharArray();
    if (Files.exists(file)) {
      return read(file, DEV_ALIAS, devPassword);
    }
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, devPassword);
    store.setEntry(
        DEV_ALIAS,
        new KeyStore.SecretKeyEntry(new SecretKeySpec(seed, "Ed25519")),
        new KeyStore.PasswordProtection(devPassword));
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, devPassword);
    }
    return new SigningKey(seed);
  }
}
