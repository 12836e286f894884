package io.tellerline.privacy.detection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's own name and address as known from the profile, matched case- and
 * accent-insensitively on whole words. Each name part counts on its own ("Frau Müller"), and parts
 * next to each other merge into one span ("Alice Müller", "Müller, Alice"). Street (with a house
 * number typed before or after it), postcode and city merge the same way into one address span.
 * Some parts are reported only next to another part: a city ("is there a branch in Köln?" reveals
 * little and is needed to answer), and a name part that is also an everyday word when it is not
 * typed as a name (see CommonWords).
 */
final class ProfileDetector {
  private static final Pattern HOUSE_NUMBER_AFTER =
      Pattern.compile("^,? ?(\\d{1,4}(?: ?[a-z](?![a-z]))?)(?![a-z0-9])");
  private static final Pattern HOUSE_NUMBER_BEFORE =
      Pattern.compile("(?<![a-z0-9])(\\d{1,4}(?: ?[a-z])?),? $");
  private static final Pattern STREET = Pattern.compile("^(.*?\\D)\\s*(\\d{1,4}\\s?[a-zA-Z]?)$");
  private static final Pattern STREET_NUMBER_FIRST =
      Pattern.compile("^(\\d{1,4}\\s?[a-zA-Z]?),?\\s+(.*)$");

  private final List<Set<String>> nameParts = new ArrayList<>();
  private final Set<String> street;
  private final Set<String> postcode;
  private final Set<String> city;

  ProfileDetector(CustomerProfile profile) {
    for (String part : words(profile.fullName())) {
      if (part.length() >= 2) {
        nameParts.add(Spellings.of(part));
      }
    }
    street =
        isBlank(profile.street()) ? Set.of() : StreetSpellings.of(streetName(profile.street()));
    postcode = isBlank(profile.postcode()) ? Set.of() : postcodeSpellings(profile.postcode());
    city = isBlank(profile.city()) ? Set.of() : Spellings.of(profile.city());
  }

  boolean isEmpty() {
    return nameParts.isEmpty() && street.isEmpty() && postcode.isEmpty() && city.isEmpty();
  }

  void detect(ScannedText text, List<PiiSpan> out) {
    FoldedText folded = FoldedText.of(text.text());
    List<Part> names = new ArrayList<>();
    for (Set<String> part : nameParts) {
      find(folded, part, Part.Kind.NAME, names);
    }
    List<Part> address = new ArrayList<>();
    findStreets(folded, address);
    find(folded, postcode, Part.Kind.POSTCODE, address);
    find(folded, city, Part.Kind.CITY, address);
    Part.merge(text.text(), names, folded, PiiType.NAME, out);
    Part.merge(text.text(), address, folded, PiiType.ADDRESS, out);
  }

  private void findStreets(FoldedText folded, List<Part> out) {
    List<Part> streets = new ArrayList<>();
    find(folded, street, Part.Kind.STREET, streets);
    for (Part s : streets) {
      out.add(withHouseNumber(folded.folded(), s));
    }
  }

  /** Extends a street match over a house number typed right after it, or right before it. */
  private static Part withHouseNumber(String folded, Part street) {
    Matcher after = HOUSE_NUMBER_AFTER.matcher(folded.substring(street.end()));
    if (after.find()) {
      return new Part(street.start(), street.end() + after.end(1), Part.Kind.STREET, true);
    }
    Matcher before = HOUSE_NUMBER_BEFORE.matcher(folded.substring(0, street.start()));
    if (before.find()) {
      return new Part(before.start(1), street.end(), Part.Kind.STREET, true);
    }
    return street;
  }

  private static void find(
      FoldedText folded, Set<String> spellings, Part.Kind kind, List<Part> out) {
    String haystack = folded.folded();
    for (String spelling : spellings) {
      int at = haystack.indexOf(spelling);
      while (at >= 0) {
        if (folded.isWholeWord(at, at + spelling.length())) {
          boolean alone = kind != Part.Kind.CITY && CommonWords.standsAlone(spelling, folded, at);
          out.add(new Part(at, at + spelling.length(), kind, alone));
        }
        at = haystack.indexOf(spelling, at + 1);
      }
    }
  }

  private static String streetName(String street) {
    String trimmed = street.trim();
    Matcher numberLast = STREET.matcher(trimmed);
    if (numberLast.matches()) {
      return numberLast.group(1).trim();
    }
    Matcher numberFirst = STREET_NUMBER_FIRST.matcher(trimmed);
    return numberFirst.matches() ? numberFirst.group(2).trim() : trimmed;
  }

  private static Set<String> postcodeSpellings(String postcode) {
    String folded = FoldedText.fold(postcode);
    return new LinkedHashSet<>(List.of(folded, folded.replace(" ", "")));
  }

  private static List<String> words(String value) {
    return isBlank(value) ? List.of() : List.of(value.trim().split("\\s+"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
