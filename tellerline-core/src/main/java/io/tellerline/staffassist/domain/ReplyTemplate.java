package io.tellerline.staffassist.domain;

import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.PiiMark;
import io.tellerline.privacy.domain.PiiMarks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A suggested reply with personal data as placeholders ({@code {customer.firstName}}, {@code
 * {account.iban}}…): an earlier staff reply keeps no one's data, and a placeholder is filled only
 * from what the teller's masked view shows of this customer. One she cannot fill stays visible, and
 * the page will not send a reply that still has one.
 */
public final class ReplyTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+\\.[A-Za-z]+)}");

  private ReplyTemplate() {}

  /** The placeholder a value of this type becomes. */
  public static String placeholder(PiiType type) {
    return "{" + key(type) + "}";
  }

  static String key(PiiType type) {
    return switch (type) {
      case IBAN -> "account.iban";
      case ACCOUNT -> "account.number";
      case CARD -> "card.number";
      case NAME -> "customer.firstName";
      case EMAIL -> "customer.email";
      case PHONE -> "customer.phone";
      case ADDRESS -> "customer.address";
      case DATE_OF_BIRTH -> "customer.dateOfBirth";
      default -> "customer.identifier";
    };
  }

  /** A stored (tokenized) staff reply with each token of personal data made a placeholder. */
  public static String of(String tokenizedBody, PiiMarks marks) {
    StringBuilder out = new StringBuilder(tokenizedBody.length());
    int at = 0;
    for (PiiMark mark : marks.marks()) {
      out.append(tokenizedBody, at, mark.start()).append(placeholder(mark.type()));
      at = mark.end();
    }
    return out.append(tokenizedBody, at, tokenizedBody.length()).toString();
  }

  /**
   * The template with each placeholder {@code known} has a (masked) value for filled in; the others
   * are left as they are.
   */
  public static String fill(String template, Map<String, String> known) {
    Matcher found = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length());
    while (found.find()) {
      String value = known.get(found.group(1));
      found.appendReplacement(out, Matcher.quoteReplacement(value == null ? found.group() : value));
    }
    found.appendTail(out);
    return out.toString();
  }

  /** The placeholders still in a text, e.g. {@code [{customer.firstName}]}. */
  public static List<String> unfilled(String text) {
    List<String> left = new ArrayList<>();
    Matcher found = PLACEHOLDER.matcher(text == null ? "" : text);
    while (found.find()) {
      left.add(found.group());
    }
    return left;
  }

  /**
   * The placeholders' values from the masked view, the latest value of each type: only numbers,
   * whose masked form (last four) means something to the customer; a name or an e-mail address is
   * masked to a bare label ({@code [NAME]}), so its placeholder stays for the teller to write.
   */
  public static Map<String, String> maskedFacts(List<Map.Entry<PiiType, String>> maskedValues) {
    Map<String, String> facts = new HashMap<>();
    for (Map.Entry<PiiType, String> value : maskedValues) {
      if (FILLED_FROM_MASKED.contains(value.getKey())) {
        facts.put(key(value.getKey()), value.getValue());
      }
    }
    return facts;
  }

  private static final Set<PiiType> FILLED_FROM_MASKED =
      Set.of(PiiType.IBAN, PiiType.CARD, PiiType.ACCOUNT);
}
