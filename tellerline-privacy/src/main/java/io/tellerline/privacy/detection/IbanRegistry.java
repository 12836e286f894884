package io.tellerline.privacy.detection;

import java.util.HashMap;
import java.util.Map;

/**
 * IBAN lengths per country from the ISO 13616 (SWIFT) IBAN registry. The exact length per country
 * is what lets the detector stop at the right character when an IBAN is followed by more digits.
 */
final class IbanRegistry {
  private static final String TABLE =
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27"
          + " DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21"
          + " HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27"
          + " MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24"
          + " RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22"
          + " VG24 XK20 YE30";
  private static final Map<String, Integer> LENGTHS = parse(TABLE);

  private IbanRegistry() {}

  /** The IBAN length for an upper-case country code, or 0 if the country issues no IBANs. */
  static int length(String countryCode) {
    return LENGTHS.getOrDefault(countryCode, 0);
  }

  static int countries() {
    return LENGTHS.size();
  }

  private static Map<String, Integer> parse(String table) {
    Map<String, Integer> lengths = new HashMap<>();
    for (String entry : table.split(" ")) {
      lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(lengths);
  }
}
