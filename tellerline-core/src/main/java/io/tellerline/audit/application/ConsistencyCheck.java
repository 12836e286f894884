package io.tellerline.audit.application;

import java.io.Serializable;
import java.util.List;

/**
 * That the log of size {@code first} is a prefix of the log of size {@code second}: both roots, the
 * RFC 9162 consistency proof, and whether it verifies (with the verifier's code).
 */
public record ConsistencyCheck(
    long first,
    long second,
    String firstRoot,
    String secondRoot,
    List<String> proof,
    boolean verified)
    implements Serializable {}
