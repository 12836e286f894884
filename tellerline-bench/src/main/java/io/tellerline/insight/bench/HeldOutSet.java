package io.tellerline.insight.bench;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.insight.domain.AccountHistory;
import io.tellerline.insight.domain.InsightKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A held-out set of labelled histories written outside this code: {@code histories.jsonl} (one
 * account a line: id, today, account_last4, currency, balance, bookings with booked_on, amount,
 * counterparty, category, reference, authorised_at, authorisation_ref) and {@code labels.jsonl}
 * (the same ids, each with its findings: kind, merchant, day). A booking with an authorisation time
 * or reference is a card payment; one with neither whose reference starts with {@code MREF} is a
 * direct debit under that mandate; any other booking's origin is unknown.
 */
final class HeldOutSet {

  /** One labelled history. */
  record Case(String id, AccountHistory history, List<Label> labels) {}

  private static final Pattern MANDATE =
      Pattern.compile("^MREF[\\s:+/-]*", Pattern.CASE_INSENSITIVE);

  private HeldOutSet() {}

  /** Reads both files of {@code directory}; every history must have its labels and back. */
  static List<Case> read(Path directory) throws IOException {
    Map<String, AccountHistory> histories = new LinkedHashMap<>();
    Map<String, List<Label>> labels = new LinkedHashMap<>();
    Path historyFile = directory.resolve("histories.jsonl");
    Path labelFile = directory.resolve("labels.jsonl");
    forEachLine(historyFile, line -> histories.put(line.getString("id"), history(line)));
    forEachLine(labelFile, line -> labels.put(line.getString("id"), labels(line)));
    if (!histories.keySet().equals(labels.keySet())) {
      throw new IllegalArgumentException(
          "histories.jsonl and labels.jsonl name different ids ("
              + histories.size()
              + " and "
              + labels.size()
              + ")");
    }
    List<Case> cases = new ArrayList<>();
    histories.forEach((id, history) -> cases.add(new Case(id, history, labels.get(id))));
    return cases;
  }

  private interface LineReader {
    void read(JsonObject line);
  }

  private static void forEachLine(Path file, LineReader reader) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      try (JsonReader json = Json.createReader(new StringReader(lines.get(n)))) {
        reader.read(json.readObject());
      } catch (JsonParsingException
          | ClassCastException
          | NullPointerException
          | IllegalArgumentException
          | DateTimeParseException e) {
        throw new IllegalArgumentException(
            file.getFileName() + " line " + (n + 1) + ": " + e.getMessage(), e);
      }
    }
  }

  static AccountHistory history(JsonObject line) {
    Currency currency = Currency.getInstance(line.getString("currency"));
    String last4 = line.getString("account_last4");
    List<Transaction> bookings = new ArrayList<>();
    for (JsonObject booking : line.getJsonArray("bookings").getValuesAs(JsonObject.class)) {
      bookings.add(
          new Transaction(
              LocalDate.parse(booking.getString("booked_on")),
              new Money(decimal(booking, "amount"), currency),
              booking.getString("counterparty"),
              booking.getString("category"),
              last4,
              origin(booking)));
    }
    return new AccountHistory(
        last4,
        new Money(decimal(line, "balance"), currency),
        LocalDate.parse(line.getString("today")),
        bookings);
  }

  static BookingOrigin origin(JsonObject booking) {
    String authorisedAt = text(booking, "authorised_at");
    String authorisation = text(booking, "authorisation_ref");
    if (authorisedAt != null || authorisation != null) {
      return BookingOrigin.card(
          authorisedAt == null ? null : localTime(authorisedAt), authorisation);
    }
    String reference = text(booking, "reference");
    if (reference != null && MANDATE.matcher(reference).find()) {
      return BookingOrigin.directDebit(MANDATE.matcher(reference).replaceFirst(""));
    }
    return BookingOrigin.NONE;
  }

  private static List<Label> labels(JsonObject line) {
    List<Label> labels = new ArrayList<>();
    for (JsonObject finding : line.getJsonArray("findings").getValuesAs(JsonObject.class)) {
      InsightKind kind = InsightKind.valueOf(finding.getString("kind").toUpperCase(Locale.ROOT));
      String day = text(finding, "day");
      labels.add(
          new Label(kind, text(finding, "merchant"), day == null ? null : LocalDate.parse(day)));
    }
    return labels;
  }

  /** The member's text, or null when it is missing, null or blank. */
  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    String text =
        value.getValueType() == JsonValue.ValueType.STRING
            ? object.getString(name)
            : value.toString();
    return text.isBlank() ? null : text.strip();
  }

  /** An amount written as a string ("-13.99") or as a number. */
  private static BigDecimal decimal(JsonObject object, String name) {
    String text = text(object, name);
    if (text == null) {
      throw new IllegalArgumentException("no " + name);
    }
    return new BigDecimal(text);
  }

  /** A local time ("2026-11-01T21:14:05"); one with an offset keeps its local clock time. */
  private static LocalDateTime localTime(String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(text).toLocalDateTime();
    }
  }
}
