package io.tellerline.privacy.domain;

import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.tokenization.Masking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tokens of one message body, in order and without overlap. Stored next to the body as {@code
 * TYPE:start:end;…} so any screen can show the masked form without decrypting anything.
 */
public record PiiMarks(List<PiiMark> marks) {

  public static final PiiMarks NONE = new PiiMarks(List.of());

  public PiiMarks {
    marks = List.copyOf(marks);
    for (int i = 1; i < marks.size(); i++) {
      if (marks.get(i).start() < marks.get(i - 1).end()) {
        throw new IllegalArgumentException("marks must be ordered and must not overlap");
      }
    }
  }

  public boolean isEmpty() {
    return marks.isEmpty();
  }

  public String encode() {
    StringBuilder out = new StringBuilder();
    for (PiiMark mark : marks) {
      if (!out.isEmpty()) {
        out.append(';');
      }
      out.append(mark.type().name())
          .append(':')
          .append(mark.start())
          .append(':')
          .append(mark.end());
    }
    return out.toString();
  }

  public static PiiMarks parse(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return NONE;
    }
    List<PiiMark> marks = new ArrayList<>();
    for (String part : encoded.split(";")) {
      String[] fields = part.split(":");
      if (fields.length != 3) {
        throw new IllegalArgumentException("malformed PII mark");
      }
      marks.add(
          new PiiMark(
              PiiType.valueOf(fields[0]),
              Integer.parseInt(fields[1]),
              Integer.parseInt(fields[2])));
    }
    return new PiiMarks(marks);
  }

  /** The body with every token replaced by its masked form (see {@link Masking}). */
  public String mask(String body) {
    if (marks.isEmpty()) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int at = 0;
    for (PiiMark mark : marks) {
      if (mark.end() > body.length()) {
        throw new IllegalArgumentException("mark beyond the end of the body");
      }
      out.append(body, at, mark.start());
      out.append(Masking.mask(mark.type(), body.substring(mark.start(), mark.end())));
      at = mark.end();
    }
    return out.append(body, at, body.length()).toString();
  }

  /**
   * The body with every token the customer's originals are known for put back to its original, for
   * the customer's own copy of her data; a token without a known original is masked.
   */
  public String restore(String body, Function<String, Optional<String>> originals) {
    StringBuilder out = new StringBuilder(body.length());
    int at = 0;
    for (PiiMark mark : marks) {
      if (mark.end() > body.length()) {
        throw new IllegalArgumentException("mark beyond the end of the body");
      }
      out.append(body, at, mark.start());
      String token = body.substring(mark.start(), mark.end());
      out.append(originals.apply(token).orElseGet(() -> Masking.mask(mark.type(), token)));
      at = mark.end();
    }
    return out.append(body, at, body.length()).toString();
  }

  /**
   * Masks the body and returns the marks of the masked text: erasure keeps only this form, so that
   * no token (format-preserving tokens can be decrypted with the tokenization key) outlives the
   * customer's data key.
   */
  public Redacted redact(String body) {
    StringBuilder out = new StringBuilder(body.length());
    List<PiiMark> moved = new ArrayList<>();
    int at = 0;
    for (PiiMark mark : marks) {
      out.append(body, at, mark.start());
      String masked = Masking.mask(mark.type(), body.substring(mark.start(), mark.end()));
      moved.add(new PiiMark(mark.type(), out.length(), out.length() + masked.length()));
      out.append(masked);
      at = mark.end();
    }
    out.append(body, at, body.length());
    return new Redacted(out.toString(), new PiiMarks(moved));
  }

  /** A redacted body and where its masked values are. */
  public record Redacted(String body, PiiMarks marks) {}

  /**
   * The body with some tokens replaced (key rotation) and the marks moved to match; empty if a
   * change names no mark or its mark does not hold the token it replaces. New tokens may differ in
   * length (they do not for today's tokens), so later marks shift.
   */
  public Optional<Redacted> replace(String body, List<TokenChange> changes) {
    Map<Integer, TokenChange> byMark = new HashMap<>();
    for (TokenChange change : changes) {
      if (change.mark() >= marks.size() || byMark.put(change.mark(), change) != null) {
        return Optional.empty();
      }
    }
    StringBuilder out = new StringBuilder(body.length());
    List<PiiMark> moved = new ArrayList<>(marks.size());
    int at = 0;
    for (int i = 0; i < marks.size(); i++) {
      PiiMark mark = marks.get(i);
      if (mark.end() > body.length()) {
        return Optional.empty();
      }
      String token = body.substring(mark.start(), mark.end());
      TokenChange change = byMark.get(i);
      if (change != null && !change.from().equals(token)) {
        return Optional.empty();
      }
      String now = change == null ? token : change.to();
      out.append(body, at, mark.start());
      moved.add(new PiiMark(mark.type(), out.length(), out.length() + now.length()));
      out.append(now);
      at = mark.end();
    }
    out.append(body, at, body.length());
    return Optional.of(new Redacted(out.toString(), new PiiMarks(moved)));
  }
}
