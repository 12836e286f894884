package io.tellerline.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Labelled utterances read from CSV (a header row, then {@code text,label}, RFC 4180 quoting; the
 * columns are taken by position, so BANKING77's {@code text,category} reads as well), with the
 * SHA-256 of the bytes read, so that a model names exactly the data it was trained on.
 */
public final class IntentCorpus {

  private static final String BUNDLED = "corpus/intents-%s.csv";

  /** Languages of Tellerline's own corpus, in the order their files are hashed. */
  public static final List<String> BUNDLED_LANGUAGES = List.of("en", "de");

  private final List<LabelledUtterance> utterances;
  private final String sha256;

  private IntentCorpus(List<LabelledUtterance> utterances, String sha256) {
    if (utterances.isEmpty()) {
      throw new IllegalArgumentException("corpus has no rows");
    }
    this.utterances = List.copyOf(utterances);
    this.sha256 = sha256;
  }

  /** Tellerline's own bilingual corpus that ships in this jar. */
  public static IntentCorpus bundled() {
    List<LabelledUtterance> rows = new ArrayList<>();
    MessageDigest digest = sha256Digest();
    for (String language : BUNDLED_LANGUAGES) {
      byte[] csv = resource(String.format(BUNDLED, language));
      digest.update(csv);
      rows.addAll(parse(csv, language));
    }
    return new IntentCorpus(rows, HexFormat.of().formatHex(digest.digest()));
  }

  public static IntentCorpus read(Path csv, String language) {
    try {
      return fromCsv(Files.readAllBytes(csv), language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static IntentCorpus fromCsv(byte[] csv, String language) {
    return new IntentCorpus(
        parse(csv, language), HexFormat.of().formatHex(sha256Digest().digest(csv)));
  }

  public List<LabelledUtterance> utterances() {
    return utterances;
  }

  public Set<String> labels() {
    Set<String> labels = new TreeSet<>();
    utterances.forEach(u -> labels.add(u.label()));
    return labels;
  }

  public String sha256() {
    return sha256;
  }

  /**
   * Rows after the header. Refuses, naming the line: bytes that are not UTF-8, malformed quoting, a
   * row without exactly two fields (an unquoted comma in a text), an empty text or label.
   */
  private static List<LabelledUtterance> parse(byte[] csv, String language) {
    List<LabelledUtterance> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setSkipHeaderRecord(false).get();
    try (Reader reader = new StringReader(utf8(csv));
        CSVParser parser = format.parse(reader)) {
      boolean header = true;
      for (CSVRecord row : parser) {
        if (header) {
          header = false;
          continue;
        }
        long line = parser.getCurrentLineNumber();
        if (row.size() != 2) {
          throw new IllegalArgumentException(
              "line "
                  + line
                  + ": expected 2 fields (text,label), found "
                  + row.size()
                  + "; put a text that contains a comma in double quotes");
        }
        String text = row.get(0).strip();
        String label = row.get(1).strip();
        if (text.isEmpty() || label.isEmpty()) {
          throw new IllegalArgumentException("line " + line + ": empty text or label");
        }
        rows.add(new LabelledUtterance(text, label, language));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      // Commons CSV reports malformed quoting this way, with the line in its message.
      throw new IllegalArgumentException("malformed CSV: " + e.getCause().getMessage(), e);
    }
    return rows;
  }

  /** The bytes as UTF-8 text without a leading byte-order mark; anything else is refused. */
  private static String utf8(byte[] csv) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(csv))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the CSV is not UTF-8 text", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = IntentCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled corpus missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
