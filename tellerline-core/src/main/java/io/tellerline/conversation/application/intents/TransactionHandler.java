package io.tellerline.conversation.application.intents;

import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.banking.domain.TransactionQuery;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.AssistantTexts;
import io.tellerline.conversation.application.IntentHandler;
import io.tellerline.conversation.application.IntentRequest;
import io.tellerline.conversation.domain.TransactionQuestion;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers about the customer's transactions from the core-banking system: the latest ones, and
 * searches with totals ("how much did I spend on groceries last month?"; the question's slots are
 * read by {@link TransactionQuestion}). Amounts are summed per currency, never converted.
 */
@ApplicationScoped
public class TransactionHandler implements IntentHandler {

  static final String LATEST = "transaction_history";
  static final String SEARCH = "transaction_search";

  static final int LISTED = 5;
  static final int SEARCHED = 1_000;

  /**
   * How far back the assistant shows transactions: the 90 days PSD2 RTS Art. 10 allows without a
   * fresh second factor (older ones are in the statements, which need one).
   */
  static final int SERVED_DAYS = 90;

  @Inject CoreBanking coreBanking;
  @Inject BankCalendar calendar;

  @Override
  public Set<String> intents() {
    return Set.of(LATEST, SEARCH);
  }

  @Override
  public AssistantReply act(IntentRequest request) {
    return SEARCH.equals(request.intent())
        ? search(request.customer(), request.maskedText(), request.language())
        : latest(request.customer(), request.language());
  }

  private AssistantReply latest(CustomerId customer, Locale language) {
    LocalDate today = calendar.today();
    TransactionQuery recent =
        new TransactionQuery(
            today.minusDays(29),
            today,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false);
    List<Transaction> found = coreBanking.transactionsOf(customer, recent, LISTED);
    if (found.isEmpty()) {
      return AssistantTexts.reply("answer.history.none", language, Outcome.ANSWERED);
    }
    return AssistantTexts.listing("answer.history", language, found, t -> line(t, language));
  }

  private AssistantReply search(CustomerId customer, String maskedText, Locale language) {
    TransactionQuery asked =
        TransactionQuestion.parse(
            maskedText, calendar.today(), coreBanking.counterpartiesOf(customer));
    LocalDate earliest = calendar.today().minusDays(SERVED_DAYS - 1);
    Optional<TransactionQuery> served = asked.notBefore(earliest);
    if (served.isEmpty()) {
      return AssistantTexts.reply("answer.search.older", language, Outcome.ANSWERED, SERVED_DAYS);
    }
    AssistantReply answer = search(customer, served.get(), language);
    if (!served.get().from().equals(asked.from())) {
      String note = AssistantTexts.text("answer.search.limited", language, SERVED_DAYS);
      return new AssistantReply(
          answer.templateKey(), answer.text() + "\n" + note, answer.outcome());
    }
    return answer;
  }

  private AssistantReply search(CustomerId customer, TransactionQuery query, Locale language) {
    List<Transaction> found = coreBanking.transactionsOf(customer, query, SEARCHED);
    String filter = filter(query, language);
    String period =
        AssistantTexts.text(
            "period.range", language, date(query.from(), language), date(query.to(), language));
    if (found.isEmpty()) {
      return AssistantTexts.reply("answer.search.none", language, Outcome.ANSWERED, filter, period);
    }
    String key = query.paymentsOnly() ? "answer.search.spent" : "answer.search.received";
    String summary =
        AssistantTexts.text(key, language, totals(found, language), filter, period, found.size());
    String latest =
        found.stream()
            .limit(LISTED)
            .map(t -> AssistantTexts.text("answer.history.line", language, line(t, language)))
            .collect(Collectors.joining("\n"));
    String text =
        summary + "\n" + AssistantTexts.text("answer.search.latest", language) + "\n" + latest;
    return new AssistantReply(key, text.replaceAll(" {2,}", " "), Outcome.ANSWERED);
  }

  private static String filter(TransactionQuery query, Locale language) {
    String merchant =
        query
            .counterparty()
            .map(m -> AssistantTexts.text("filter.merchant", language, m))
            .orElse("");
    String category =
        query.counterparty().isPresent()
            ? ""
            : query
                .category()
                .map(
                    c ->
                        AssistantTexts.text(
                            "filter.category",
                            language,
                            AssistantTexts.text("category." + c, language)))
                .orElse("");
    String minimum =
        query
            .minimumAmount()
            .map(m -> AssistantTexts.text("filter.minimum", language, m.toPlainString()))
            .orElse("");
    return String.join(" ", merchant, category, minimum).strip();
  }

  /** "€123.45" or "€100.00 and £20.00": one total per currency, as magnitudes. */
  private static String totals(List<Transaction> found, Locale language) {
    Map<String, Money> byCurrency = new LinkedHashMap<>();
    for (Transaction t : found) {
      byCurrency.merge(t.amount().currency().getCurrencyCode(), t.amount(), Money::plus);
    }
    return byCurrency.values().stream()
        .map(total -> new Money(total.amount().abs(), total.currency()).format(language))
        .collect(Collectors.joining(AssistantTexts.text("list.and", language)));
  }

  private static Object[] line(Transaction t, Locale language) {
    return new Object[] {
      date(t.bookedOn(), language), t.counterparty(), t.amount().format(language)
    };
  }

  private static String date(LocalDate date, Locale language) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language));
  }
}
