package io.tellerline.privacy.application;

import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import io.tellerline.privacy.tokenization.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A tokenizer per version of the tokenization keys held. New tokens are made under the newest
 * version not destroyed (the active one); a value is looked for under every live version, so search
 * works while a rotation re-tokenizes. A destroyed version is dropped for good: its tokenizer and
 * keys are no longer reachable from here. Thread-safe.
 */
final class TokenizerRing {

  private final NavigableMap<Integer, Tokenizer> live = new ConcurrentSkipListMap<>();

  TokenizerRing(Map<Integer, TokenizationKeys> held, Set<Integer> destroyed) {
    PiiDetector detector = new PiiDetector();
    held.forEach(
        (version, keys) -> {
          if (!destroyed.contains(version)) {
            live.put(version, new Tokenizer(detector, keys));
          }
        });
  }

  /** Drops destroyed versions; refuses to drop the last one (nothing could be tokenized). */
  void forget(Set<Integer> destroyed) {
    for (Integer version : destroyed) {
      if (live.containsKey(version) && live.size() == 1) {
        throw new IllegalStateException(
            "tokenization key version " + version + " was destroyed and no newer one is held");
      }
      live.remove(version);
    }
  }

  /** The version new tokens are made under. */
  int activeVersion() {
    if (live.isEmpty()) {
      throw new IllegalStateException("no live tokenization key version is held");
    }
    return live.lastKey();
  }

  Tokenizer active() {
    return live.get(activeVersion());
  }

  /** Every live version's tokenizer, newest first. */
  List<Tokenizer> newestFirst() {
    return new ArrayList<>(live.descendingMap().values());
  }

  Set<Integer> liveVersions() {
    return Set.copyOf(live.keySet());
  }
}
