package io.tellerline.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A set of labelled utterances read from CSV ({@code text,intent} header, RFC 4180 quoting), with
 * the SHA-256 of its content so that a model can name exactly the data it was trained on.
 */
public final class IntentCorpus {

  private static final String BUNDLED_ENGLISH = "corpus/intents-en.csv";

  private final List<LabelledUtterance> utterances;
  private final String sha256;

  private IntentCorpus(List<LabelledUtterance> utterances, String sha256) {
    this.utterances = List.copyOf(utterances);
    this.sha256 = sha256;
  }

  /** The small English corpus that ships with the library. */
  public static IntentCorpus bundledEnglish() {
    try (InputStream in = IntentCorpus.class.getResourceAsStream(BUNDLED_ENGLISH)) {
      if (in == null) {
        throw new IllegalStateException("bundled corpus missing: " + BUNDLED_ENGLISH);
      }
      return fromCsv(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static IntentCorpus fromCsv(byte[] csv) {
    List<LabelledUtterance> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader =
            new InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8);
        var parser = format.parse(reader)) {
      for (CSVRecord row : parser) {
        rows.add(new LabelledUtterance(row.get("text").strip(), row.get("intent").strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("corpus has no rows");
    }
    return new IntentCorpus(rows, sha256(csv));
  }

  public List<LabelledUtterance> utterances() {
    return utterances;
  }

  public Set<String> intents() {
    Set<String> intents = new TreeSet<>();
    utterances.forEach(u -> intents.add(u.intent()));
    return intents;
  }

  public String sha256() {
    return sha256;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
