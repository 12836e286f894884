package io.tellerline.kernel;

/** Realm roles defined in realm-export/tellerline-realm.json. */
public final class Role {

  public static final String CUSTOMER = "customer";
  public static final String TELLER = "teller";
  public static final String SUPERVISOR = "supervisor";
  public static final String COMPLIANCE_OFFICER = "compliance-officer";
  public static final String ADMIN = "admin";

  /** Approves an intent model's release (four eyes; never the person who trained it). */
  public static final String MODEL_APPROVER = "model-approver";

  private Role() {}
}
