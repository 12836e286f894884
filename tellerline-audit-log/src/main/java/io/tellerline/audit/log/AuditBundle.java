package io.tellerline.audit.log;

/** Names and format marks of an export bundle (a zip), shared by writer and verifier. */
public final class AuditBundle {

  public static final String FORMAT = "tellerline-audit-bundle/v1";
  public static final String MANIFEST = "manifest.json";
  public static final String MANIFEST_SIGNATURE = "manifest.sig.json";
  public static final String EVENTS = "events.jsonl";
  public static final String TREE_HEADS = "tree-heads.jsonl";
  public static final String CONSISTENCY = "consistency.jsonl";
  public static final String RANGE_PROOF = "range-proof.json";
  public static final String PUBLIC_KEYS = "public-keys.json";

  private AuditBundle() {}
}
