package io.tellerline.training.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The content hash of a dataset version: SHA-256 over each row as {@code language \u001f intent
 * \u001f text \u001f source \u001e}, in order. Unit separators cannot occur in a row's fields (the
 * boundary refuses control characters), so the encoding is unambiguous.
 */
public final class DatasetContentHash {

  private DatasetContentHash() {}

  public static String of(List<DatasetRow> rows) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (DatasetRow row : rows) {
      String line =
          row.language()
              + '\u001f'
              + row.intent()
              + '\u001f'
              + row.text()
              + '\u001f'
              + row.source().name()
              + '\u001e';
      digest.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
