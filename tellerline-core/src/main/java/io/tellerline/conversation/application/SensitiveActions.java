package io.tellerline.conversation.application;

import static io.tellerline.conversation.application.AssistantTexts.reply;

import io.tellerline.banking.application.StatementService;
import io.tellerline.banking.domain.AccountNumber;
import io.tellerline.banking.domain.CardStatus;
import io.tellerline.banking.domain.CardSummary;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerId;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Payee;
import io.tellerline.banking.domain.PostalAddress;
import io.tellerline.banking.domain.Statement;
import io.tellerline.banking.domain.TransferOutcome;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.detection.PiiType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Performs sensitive intents once the authentication policy allowed them. The caller (the
 * conversation service) has checked the policy; nothing here may run without that.
 *
 * <p>Intents the chat cannot complete yet go to staff with the customer already verified.
 */
@ApplicationScoped
public class SensitiveActions {

  /** Parameter: the four-digit numbers in the message, candidates for a card's last four. */
  static final String CARD_HINTS = "card_hints";

  /** A card is named by one number; more are noise (and must fit the parameter column). */
  private static final int MAX_CARD_HINTS = 5;

  private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  @Inject CoreBanking coreBanking;
  @Inject PersonalDataProtection protection;
  @Inject StatementService statementService;

  /** What to remember of the customer's message to perform the intent later. */
  public static Map<String, String> parametersFrom(String intent, String text) {
    if (!intent.startsWith("card_")) {
      return Map.of();
    }
    Matcher digits = FOUR_DIGITS.matcher(text);
    List<String> hints =
        digits.results().map(match -> match.group(1)).distinct().limit(MAX_CARD_HINTS).toList();
    return hints.isEmpty() ? Map.of() : Map.of(CARD_HINTS, String.join(",", hints));
  }

  public AssistantReply perform(
      String intent, Map<String, String> parameters, CustomerId customer, Locale language) {
    return switch (intent) {
      case "account_details" -> accountNumbers(customer, language);
      case "card_block", "card_lost_or_stolen" ->
          changeCard(intent, parameters, customer, language, CardStatus.ACTIVE, CardStatus.BLOCKED);
      case "card_unblock" ->
          changeCard(intent, parameters, customer, language, CardStatus.BLOCKED, CardStatus.ACTIVE);
      case TransferDialogue.TASK -> transfer(parameters, customer, language);
      case AddressDialogue.TASK -> changeAddress(parameters, customer, language);
      case StatementService.ACTION -> statements(customer, language);
      default -> reply("action.verified_handover", language, Outcome.HANDED_OVER);
    };
  }

  /** The statements of the last twelve months, each offered as a download. */
  private AssistantReply statements(CustomerId customer, Locale language) {
    List<Statement> statements = statementService.statementsOf(customer);
    if (statements.isEmpty()) {
      return reply("action.statement_request.none", language, Outcome.ANSWERED);
    }
    DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", language);
    List<Download> downloads =
        statements.stream()
            .map(
                statement ->
                    new Download(
                        AssistantTexts.text(
                            "action.statement_request.line",
                            language,
                            statement.productName(),
                            statement.ibanLast4(),
                            statement.month().format(month)),
                        "statements/" + statement.accountId() + "/" + statement.month()))
            .toList();
    return AssistantTexts.listing(
            "action.statement_request",
            language,
            statements,
            statement ->
                new Object[] {
                  statement.productName(), statement.ibanLast4(), statement.month().format(month)
                })
        .withDownloads(downloads);
  }

  /**
   * A confirmed address change (from AddressDialogue): the address is read back from the customer's
   * protected message; without it, staff finish the change with the customer already verified.
   */
  private AssistantReply changeAddress(
      Map<String, String> parameters, CustomerId customer, Locale language) {
    Optional<PostalAddress> address =
        Optional.ofNullable(parameters.get(AddressDialogue.ADDRESS_MESSAGE))
            .map(UUID::fromString)
            .flatMap(message -> protection.originalIn(customer, message, PiiType.ADDRESS))
            .flatMap(PostalAddress::parse);
    if (address.isEmpty() || !coreBanking.changeAddress(customer, address.get())) {
      return reply("action.verified_handover", language, Outcome.HANDED_OVER);
    }
    return reply("address.done", language, Outcome.ANSWERED);
  }

  /** A confirmed transfer (slots from TransferDialogue); without them, staff finish it. */
  private AssistantReply transfer(
      Map<String, String> parameters, CustomerId customer, Locale language) {
    if (!parameters
        .keySet()
        .containsAll(
            List.of(TransferDialogue.PAYEE, TransferDialogue.AMOUNT, TransferDialogue.DATE))) {
      return reply("action.verified_handover", language, Outcome.HANDED_OVER);
    }
    UUID payeeId = UUID.fromString(parameters.get(TransferDialogue.PAYEE));
    Money amount =
        new Money(
            new BigDecimal(parameters.get(TransferDialogue.AMOUNT)),
            Currency.getInstance(parameters.get(TransferDialogue.CURRENCY)));
    LocalDate date = LocalDate.parse(parameters.get(TransferDialogue.DATE));
    String payee =
        coreBanking.payeesOf(customer).stream()
            .filter(p -> p.id().equals(payeeId))
            .map(Payee::name)
            .findFirst()
            .orElse("");
    TransferOutcome outcome =
        coreBanking.transfer(customer, payeeId, amount, date, "Chat transfer");
    return switch (outcome.status()) {
      case EXECUTED ->
          reply(
              "transfer.done",
              language,
              Outcome.ANSWERED,
              amount.format(language),
              payee,
              outcome.newBalance().orElseThrow().format(language));
      case SCHEDULED ->
          reply(
              "transfer.scheduled",
              language,
              Outcome.ANSWERED,
              amount.format(language),
              payee,
              date.format(
                  DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)));
      case INSUFFICIENT_FUNDS -> reply("transfer.insufficient", language, Outcome.ANSWERED);
      default -> reply("transfer.failed", language, Outcome.ANSWERED);
    };
  }

  private AssistantReply accountNumbers(CustomerId customer, Locale language) {
    List<AccountNumber> accounts = coreBanking.accountNumbersOf(customer);
    if (accounts.isEmpty()) {
      return reply("answer.no_accounts", language, Outcome.ANSWERED);
    }
    return AssistantTexts.listing(
        "action.account_details",
        language,
        accounts,
        account -> new Object[] {account.productName(), account.ibanForDisplay()});
  }

  private AssistantReply changeCard(
      String intent,
      Map<String, String> parameters,
      CustomerId customer,
      Locale language,
      CardStatus from,
      CardStatus to) {
    List<CardSummary> candidates =
        coreBanking.cardsOf(customer).stream().filter(card -> card.status() == from).toList();
    Set<String> hints = hints(parameters);
    if (!hints.isEmpty()) {
      candidates = candidates.stream().filter(card -> hints.contains(card.panLast4())).toList();
    }
    if (candidates.isEmpty()) {
      return reply("action.card.none", language, Outcome.ANSWERED);
    }
    if (candidates.size() > 1) {
      return reply("action.card.which", language, Outcome.ANSWERED);
    }
    CardSummary card = candidates.get(0);
    if (!coreBanking.changeCardStatus(customer, card.cardId(), to)) {
      return reply("action.card.none", language, Outcome.ANSWERED);
    }
    return reply(
        "action." + intent + ".done", language, Outcome.ANSWERED, card.scheme(), card.panLast4());
  }

  private static Set<String> hints(Map<String, String> parameters) {
    String hints = parameters.get(CARD_HINTS);
    return hints == null ? Set.of() : Set.copyOf(Arrays.asList(hints.split(",")));
  }
}
