package io.tellerline.audit.log;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Base64;
import java.util.List;

/** Proofs as they travel in exports: JSON with Base64 hashes. */
public final class Proofs {

  private Proofs() {}

  /** That the tree of size {@code from} is a prefix of the tree of size {@code to}. */
  public record Consistency(long from, long to, List<byte[]> hashes) {

    public String toJson() {
      return "{\"from\":" + from + ",\"hashes\":" + array(hashes) + ",\"to\":" + to + "}";
    }

    public static Consistency from(JsonObject json) {
      return new Consistency(
          json.getJsonNumber("from").longValueExact(),
          json.getJsonNumber("to").longValueExact(),
          Proofs.hashes(json.getJsonArray("hashes")));
    }
  }

  /** The subtree hashes around the leaves {@code [from, to)} of the tree of {@code treeSize}. */
  public record Range(long from, long to, long treeSize, List<byte[]> hashes) {

    public String toJson() {
      return "{\"from\":"
          + from
          + ",\"hashes\":"
          + array(hashes)
          + ",\"to\":"
          + to
          + ",\"treeSize\":"
          + treeSize
          + "}";
    }

    public static Range from(JsonObject json) {
      return new Range(
          json.getJsonNumber("from").longValueExact(),
          json.getJsonNumber("to").longValueExact(),
          json.getJsonNumber("treeSize").longValueExact(),
          Proofs.hashes(json.getJsonArray("hashes")));
    }
  }

  static String array(List<byte[]> hashes) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < hashes.size(); i++) {
      out.append(i == 0 ? "\"" : ",\"").append(Base64.getEncoder().encodeToString(hashes.get(i)));
      out.append('"');
    }
    return out.append(']').toString();
  }

  static List<byte[]> hashes(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream()
        .map(value -> Base64.getDecoder().decode(value.getString()))
        .toList();
  }
}
