package io.tellerline.audit.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The log's Ed25519 signing key (BouncyCastle lightweight API: no JCE provider registration, same
 * code in the server and the stand-alone verifier). Its id is derived from the public key.
 */
public final class SigningKey {

  private final Ed25519PrivateKeyParameters privateKey;
  private final byte[] publicKey;
  private final String keyId;

  public SigningKey(byte[] privateKey32) {
    this.privateKey = new Ed25519PrivateKeyParameters(privateKey32, 0);
    this.publicKey = privateKey.generatePublicKey().getEncoded();
    this.keyId = keyId(publicKey);
  }

  public TreeHead sign(long size, byte[] rootHash, Instant timestamp) {
    TreeHead unsigned = new TreeHead(size, rootHash, timestamp, keyId, new byte[0]);
    byte[] signature = sign(unsigned.signingInput().getBytes(StandardCharsets.UTF_8));
    return new TreeHead(size, rootHash, timestamp, keyId, signature);
  }

  public byte[] sign(byte[] message) {
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(message, 0, message.length);
    return signer.generateSignature();
  }

  public byte[] publicKey() {
    return publicKey.clone();
  }

  public String keyId() {
    return keyId;
  }

  /** First 16 hex digits of SHA-256 over the raw 32-byte public key. */
  public static String keyId(byte[] publicKey) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(publicKey);
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    if (publicKey.length != Ed25519PublicKeyParameters.KEY_SIZE) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
    verifier.update(message, 0, message.length);
    return verifier.verifySignature(signature);
  }

  public static boolean verify(byte[] publicKey, TreeHead head) {
    return keyId(publicKey).equals(head.keyId())
        && verify(
            publicKey, head.signingInput().getBytes(StandardCharsets.UTF_8), head.signature());
  }
}
