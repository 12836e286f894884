package io.tellerline.audit.application;

import java.util.Objects;

/**
 * Where the request an audited event happened in came from (PCI DSS 10.2.2: the origination of the
 * event): the network address as a keyed token — an address is personal data, and the same address
 * always gives the same token, so an investigator finds all events from one address by tokenizing
 * it — and the client's user agent, cut to a bounded length without control characters.
 */
public record RequestSource(String addressToken, String userAgent) {

  /** Longer user agents are cut: the header is the client's to choose. */
  public static final int USER_AGENT_LIMIT = 256;

  public RequestSource {
    Objects.requireNonNull(addressToken, "addressToken");
    userAgent = bounded(userAgent);
  }

  private static String bounded(String userAgent) {
    if (userAgent == null) {
      return "";
    }
    String printable = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
    return printable.length() <= USER_AGENT_LIMIT
        ? printable
        : printable.substring(0, USER_AGENT_LIMIT);
  }
}
