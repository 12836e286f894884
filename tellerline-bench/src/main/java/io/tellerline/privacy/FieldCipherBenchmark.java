package io.tellerline.privacy;

import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.crypto.FieldKeyRing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Latency of encrypting and decrypting one field (a 27-character IBAN as typed, with its column and
 * owner as associated data). {@code FieldCipher} uses BouncyCastle's lightweight API; the {@code
 * jce*} methods do the same AES-256-GCM through the JCE, once with the BouncyCastle provider and
 * once with the JDK's SunJCE, to show what the choice of API costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FieldCipherBenchmark {
  private static final String VALUE = "DE89 3704 0044 0532 0130 00";
  private static final String AAD = "customer.iban/4711";
  private final SecureRandom random = new SecureRandom();
  private final Provider bouncyCastle = new BouncyCastleProvider();
  private FieldCipher cipher;
  private String stored;
  private SecretKeySpec key;

  @Setup
  public void setUp() {
    byte[] raw = new byte[32];
    Arrays.fill(raw, (byte) 5);
    cipher = new FieldCipher(FieldKeyRing.of(Map.of("k2026", raw), "k2026"));
    stored = cipher.encrypt(VALUE, AAD);
    key = new SecretKeySpec(raw, "AES");
  }

  @Benchmark
  public String encrypt() {
    return cipher.encrypt(VALUE, AAD);
  }

  @Benchmark
  public String decrypt() {
    return cipher.decrypt(stored, AAD);
  }

  @Benchmark
  public byte[] jceBouncyCastleEncrypt() throws GeneralSecurityException {
    return jceEncrypt(Cipher.getInstance("AES/GCM/NoPadding", bouncyCastle));
  }

  @Benchmark
  public byte[] jceSunEncrypt() throws GeneralSecurityException {
    return jceEncrypt(Cipher.getInstance("AES/GCM/NoPadding", "SunJCE"));
  }

  private byte[] jceEncrypt(Cipher jce) throws GeneralSecurityException {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    jce.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    jce.updateAAD(AAD.getBytes(StandardCharsets.UTF_8));
    return jce.doFinal(VALUE.getBytes(StandardCharsets.UTF_8));
  }
}
