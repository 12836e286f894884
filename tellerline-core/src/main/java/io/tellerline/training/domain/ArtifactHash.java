package io.tellerline.training.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a model artifact's bytes, in hex, as the model card names it. */
public final class ArtifactHash {

  private ArtifactHash() {}

  public static String of(byte[] artifact) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(artifact));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
