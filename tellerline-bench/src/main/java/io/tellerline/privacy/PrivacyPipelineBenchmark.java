package io.tellerline.privacy;

import io.tellerline.privacy.detection.CustomerProfile;
import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import io.tellerline.privacy.tokenization.TokenizedText;
import io.tellerline.privacy.tokenization.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Messages per second through detection and tokenization, as the chat will run it for every
 * incoming message: one message per operation, cycling through the 40-message mix, with the
 * customer's profile (so name and address matching is included).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PrivacyPipelineBenchmark {
  private static final CustomerProfile ALICE =
      new CustomerProfile("Alice Müller", "Hauptstraße 12", "50667", "Köln");
  private final List<String> messages = ChatMessages.MIX;
  private PiiDetector detector;
  private Tokenizer tokenizer;
  private int next;

  @Setup
  public void setUp() {
    byte[] ff1Key = new byte[32];
    byte[] hmacKey = new byte[32];
    Arrays.fill(ff1Key, (byte) 7);
    Arrays.fill(hmacKey, (byte) 9);
    detector = new PiiDetector();
    tokenizer = new Tokenizer(detector, new TokenizationKeys(ff1Key, hmacKey));
  }

  private String nextMessage() {
    String message = messages.get(next);
    next = next + 1 == messages.size() ? 0 : next + 1;
    return message;
  }

  @Benchmark
  public TokenizedText detectAndTokenize() {
    return tokenizer.tokenize(nextMessage(), ALICE);
  }

  @Benchmark
  public Object detectOnly() {
    return detector.detect(nextMessage(), ALICE);
  }
}
