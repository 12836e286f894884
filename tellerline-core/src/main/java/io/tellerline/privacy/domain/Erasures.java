package io.tellerline.privacy.domain;

/** The register of erasures (a DPO's evidence that a request was carried out). */
public interface Erasures {

  /** Records an erasure; a repeated erasure of the same customer replaces the record. */
  void record(Erasure erasure);
}
