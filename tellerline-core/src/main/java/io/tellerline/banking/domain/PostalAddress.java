package io.tellerline.banking.domain;

/** A customer's postal address as core banking holds it; any part may be missing. */
public record PostalAddress(String street, String postcode, String city) {

  @Override
  public String toString() {
    return "PostalAddress[hidden]";
  }
}
