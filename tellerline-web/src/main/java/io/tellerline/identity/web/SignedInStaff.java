package io.tellerline.identity.web;

import java.io.Serializable;
import java.util.Set;

/** A staff member signed in to the console, as kept in their HTTP session. */
record SignedInStaff(String username, Set<String> roles, String idToken) implements Serializable {

  SignedInStaff {
    roles = Set.copyOf(roles);
  }
}
