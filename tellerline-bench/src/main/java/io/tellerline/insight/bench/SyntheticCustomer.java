package io.tellerline.insight.bench;

import static io.tellerline.insight.bench.Schedule.between;
import static io.tellerline.insight.bench.Schedule.euros;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.insight.domain.AccountHistory;
import io.tellerline.insight.domain.InsightKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * One generated customer: seven months of a current account with realistic noise (salary moved
 * before weekends, rent, stable subscriptions, energy bills that vary with the season, groceries,
 * coffees bought twice a day, a parking habit, legitimate large purchases, price cuts and old price
 * rises) and, at random, the planted findings with their labels. The history the detectors read
 * ends today; the labels and the simulated next weeks stay here.
 */
final class SyntheticCustomer {

  record Generated(AccountHistory history, List<Label> labels) {}

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final String[][] SUBSCRIPTIONS = {
    {"Netflix", "13.99"},
    {"Spotify", "10.99"},
    {"Disney Plus", "8.99"},
    {"FitX Fitnessstudio", "29.90"},
    {"Telekom Mobilfunk", "19.99"},
    {"HUK-Coburg Versicherung", "45.00"},
    {"iCloud", "2.99"},
    {"Audible", "9.95"},
    {"Zeit Abo", "24.90"},
    {"ADAC", "7.50"}
  };
  private static final String[] SUPERMARKETS = {"REWE", "Lidl", "Aldi Süd", "Edeka", "Kaufland"};
  private static final String[] SHOPS = {"Amazon", "Zalando", "H&M", "dm-drogerie", "Thalia"};
  private static final String[] BIG_LEGIT = {"IKEA", "MediaMarkt", "Decathlon", "Bauhaus"};
  private static final String[] BIG_EARLIER = {
    "Höffner Möbel", "Saturn", "TUI Reisen", "Apple Store", "XXXLutz"
  };
  private static final String[] GIFT_SHOPS = {
    "Spielwaren Kurtz", "Douglas", "Christkindlmarkt Stand 12", "Weltbild", "Galeria"
  };
  private static final String[] ANNUAL_PREMIUMS = {
    "Allianz Kfz-Versicherung", "DEVK Hausrat", "ADAC Plus Jahresbeitrag"
  };
  private static final int UNUSUAL_WINDOW_DAYS = 30;
  private static final String[] ODD = {
    "ONLINE-ELEKTRO24", "LuxWatch Store", "CryptoXchange Ltd", "Global Travel Deals", "GiftCardz"
  };

  private final Random random;
  private final LocalDate today;
  private final LocalDate start;
  private final LocalDate end;
  private final List<Transaction> bookings = new ArrayList<>();
  private final List<Label> labels = new ArrayList<>();
  private final Origins origins;

  private SyntheticCustomer(Random random, LocalDate today) {
    this.random = random;
    this.origins = new Origins(random);
    this.today = today;
    this.start = today.minusDays(210);
    this.end = today.plusDays(40);
  }

  static Generated generate(Random random, LocalDate today) {
    return new SyntheticCustomer(random, today).build();
  }

  private Generated build() {
    BigDecimal salary = random.nextDouble() < 0.9 ? between(random, 1800, 5200) : null;
    int payday = 1 + random.nextInt(28);
    if (salary != null) {
      boolean varies = random.nextDouble() < 0.1;
      String employer = "Employer " + random.nextInt(500) + " GmbH";
      for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(1)) {
        BigDecimal amount =
            varies ? euros(salary.doubleValue() * (0.97 + random.nextDouble() * 0.06)) : salary;
        book(Schedule.payday(m, payday), amount, employer, "salary");
      }
    }
    if (random.nextDouble() < 0.85) {
      double base = salary == null ? 600 : salary.doubleValue() * 0.3;
      monthly("Hausverwaltung " + random.nextInt(100), euros(base), 1 + random.nextInt(5), "rent");
    }
    energyBills();
    List<Subscription> subscriptions = subscriptions();
    priceChanges(subscriptions);
    if (random.nextDouble() < 0.03) {
      secondContract(subscriptions.get(0));
    }
    everyday();
    legitimateLargePurchases();
    ownLargePurchases();
    seasonalShopping();
    annualPremium();
    plantUnusual();
    DuplicatePlanting duplicates = new DuplicatePlanting(random, today, origins, bookings, labels);
    if (random.nextDouble() < 0.2) {
      duplicates.plant();
    }
    if (random.nextDouble() < 0.03) {
      duplicates.returnedAndCollectedAgain();
    }
    bookings.sort(Comparator.comparing(Transaction::bookedOn));
    BigDecimal balance =
        random.nextDouble() < 0.35 ? between(random, 0, 900) : between(random, 900, 9000);
    if (salary != null) {
      forecastLabel(balance);
    }
    List<Transaction> past = bookings.stream().filter(t -> !t.bookedOn().isAfter(today)).toList();
    return new Generated(new AccountHistory("0001", new Money(balance, EUR), today, past), labels);
  }

  /** A subscription: its bookings are changed in place by the price changes. */
  private record Subscription(String name, List<Integer> indexes) {}

  private List<Subscription> subscriptions() {
    List<Subscription> subscriptions = new ArrayList<>();
    int count = 2 + random.nextInt(3);
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      int pick = random.nextInt(SUBSCRIPTIONS.length);
      if (!chosen.contains(pick)) {
        chosen.add(pick);
      }
    }
    for (int pick : chosen) {
      LocalDate first = random.nextDouble() < 0.1 ? today.minusDays(70) : start;
      subscriptions.add(
          new Subscription(
              SUBSCRIPTIONS[pick][0],
              monthlyFrom(
                  first,
                  SUBSCRIPTIONS[pick][0],
                  new BigDecimal(SUBSCRIPTIONS[pick][1]),
                  1 + random.nextInt(28),
                  "subscription")));
    }
    return subscriptions;
  }

  /** A planted rise (labelled), a price cut or an old rise (both noise), on different ones. */
  private void priceChanges(List<Subscription> subscriptions) {
    List<Subscription> shuffled = new ArrayList<>(subscriptions);
    java.util.Collections.shuffle(shuffled, random);
    if (random.nextDouble() < 0.25 && !shuffled.isEmpty()) {
      Subscription rising = shuffled.remove(0);
      int latest = latestPastIndex(rising);
      if (latest >= 4 && daysAgo(rising.indexes().get(latest)) < 30) {
        BigDecimal old = size(rising.indexes().get(latest));
        BigDecimal raised =
            old.add(euros(Math.max(0.30, old.doubleValue() * (0.05 + random.nextDouble() * 0.25))));
        reprice(rising, latest, raised);
        labels.add(new Label(InsightKind.PRICE_RISE, rising.name(), null));
      }
    }
    if (random.nextDouble() < 0.15 && !shuffled.isEmpty()) {
      Subscription cut = shuffled.remove(0);
      int latest = latestPastIndex(cut);
      if (latest >= 1) {
        reprice(cut, latest, euros(size(cut.indexes().get(latest)).doubleValue() * 0.85));
      }
    }
    if (random.nextDouble() < 0.15 && !shuffled.isEmpty()) {
      Subscription older = shuffled.remove(0);
      int latest = latestPastIndex(older);
      if (latest >= 4) {
        reprice(older, latest - 3, euros(size(older.indexes().get(0)).doubleValue() * 1.15));
      }
    }
  }

  private int latestPastIndex(Subscription subscription) {
    int latest = -1;
    for (int i = 0; i < subscription.indexes().size(); i++) {
      if (!bookings.get(subscription.indexes().get(i)).bookedOn().isAfter(today)) {
        latest = i;
      }
    }
    return latest;
  }

  /** From the {@code from}-th booking of the subscription on, it costs {@code price}. */
  private void reprice(Subscription subscription, int from, BigDecimal price) {
    for (int i = from; i < subscription.indexes().size(); i++) {
      int index = subscription.indexes().get(i);
      Transaction was = bookings.get(index);
      bookings.set(
          index,
          new Transaction(
              was.bookedOn(),
              new Money(price.negate(), EUR),
              was.counterparty(),
              was.category(),
              "0001",
              was.origin()));
    }
  }

  private void energyBills() {
    double base = 50 + random.nextDouble() * 90;
    int day = 1 + random.nextInt(28);
    for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(1)) {
      double winter = m.getMonthValue() >= 11 || m.getMonthValue() <= 2 ? 1.25 : 1.0;
      book(
          Schedule.monthly(m, day),
          euros(-base * winter * (0.9 + random.nextDouble() * 0.2)),
          "Stadtwerke",
          "utilities");
    }
  }

  private void everyday() {
    List<String> markets =
        List.of(SUPERMARKETS[random.nextInt(5)], SUPERMARKETS[random.nextInt(5)]);
    boolean coffee = random.nextDouble() < 0.4;
    boolean parks = random.nextDouble() < 0.15;
    boolean drives = random.nextDouble() < 0.6;
    BigDecimal coffeePrice = random.nextBoolean() ? new BigDecimal("3.20") : new BigDecimal("3.80");
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      double season = Schedule.season(day);
      if (random.nextDouble() < 0.45) {
        book(
            day,
            between(random, 12, 110 * season).negate(),
            markets.get(random.nextInt(2)),
            "groceries");
      }
      if (coffee && Schedule.weekday(day) && random.nextDouble() < 0.6) {
        Transaction first = book(day, coffeePrice.negate(), "Café Central", "eating_out");
        if (random.nextDouble() < 0.15) {
          again(first, hours(2, 8));
        }
      }
      if (parks && Schedule.weekday(day) && random.nextDouble() < 0.3) {
        Transaction first = book(day, new BigDecimal("-12.00"), "Parkhaus Zentrum", "transport");
        if (random.nextDouble() < 0.4) {
          again(first, hours(3, 9));
        }
      }
      if (random.nextDouble() < 0.15) {
        book(
            day, between(random, 12, 60).negate(), "Restaurant " + random.nextInt(8), "eating_out");
      }
      if (random.nextDouble() < 0.12) {
        book(day, between(random, 10, 180 * season).negate(), SHOPS[random.nextInt(5)], "shopping");
      }
      if (drives && random.nextDouble() < 0.08) {
        book(day, between(random, 40, 90).negate(), "Shell", "fuel");
      }
    }
  }

  /**
   * Large purchases she really made (not labelled), and the same amount paid twice on one day hours
   * apart (noise): tickets bought separately, a gift card bought again in the afternoon.
   */
  private void legitimateLargePurchases() {
    if (random.nextDouble() < 0.5) {
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        LocalDate day = start.plusDays(random.nextInt(211));
        boolean known = random.nextBoolean();
        String where = known ? SHOPS[random.nextInt(5)] : BIG_LEGIT[random.nextInt(4)];
        book(
            day, between(random, known ? 150 : 100, known ? 400 : 450).negate(), where, "shopping");
      }
    }
    if (random.nextDouble() < 0.04) {
      LocalDate day = today.minusDays(random.nextInt(30));
      again(book(day, new BigDecimal("-11.50"), "Kino am Ring", "leisure"), hours(1, 6));
    }
    if (random.nextDouble() < 0.05) {
      LocalDate day = today.minusDays(random.nextInt(30));
      BigDecimal price = BigDecimal.valueOf(15 + 5L * random.nextInt(8)).negate();
      again(book(day, price, SHOPS[random.nextInt(5)], "shopping"), hours(1, 8));
    }
  }

  /**
   * A large purchase she made months ago (furniture, electronics, a holiday), and for half of these
   * customers another one of about its size in the last weeks (noise: in line with her history).
   */
  private void ownLargePurchases() {
    if (random.nextDouble() >= 0.3) {
      return;
    }
    BigDecimal earlier = between(random, 500, 1800);
    book(
        today.minusDays(40 + random.nextInt(160)),
        earlier.negate(),
        BIG_EARLIER[random.nextInt(BIG_EARLIER.length)],
        "shopping");
    if (random.nextBoolean()) {
      book(
          today.minusDays(random.nextInt(UNUSUAL_WINDOW_DAYS)),
          euros(-earlier.doubleValue() * (0.5 + random.nextDouble() * 0.8)),
          BIG_EARLIER[random.nextInt(BIG_EARLIER.length)],
          "shopping");
    }
  }

  /** Presents bought at shops she never used, none larger than her earlier purchases (noise). */
  private void seasonalShopping() {
    if (today.getMonthValue() != 12 || random.nextDouble() >= 0.4) {
      return;
    }
    double largest = Math.max(40, largestPurchaseBeforeWindow().doubleValue());
    for (int n = 2 + random.nextInt(3); n > 0; n--) {
      book(
          today.minusDays(random.nextInt(25)),
          euros(-largest * (0.3 + random.nextDouble() * 0.8)),
          GIFT_SHOPS[random.nextInt(GIFT_SHOPS.length)],
          "shopping");
    }
  }

  /** A yearly premium collected under a new mandate in the last weeks (noise). */
  private void annualPremium() {
    if (random.nextDouble() >= 0.15) {
      return;
    }
    book(
        today.minusDays(random.nextInt(UNUSUAL_WINDOW_DAYS)),
        between(random, 250, 900).negate(),
        ANNUAL_PREMIUMS[random.nextInt(ANNUAL_PREMIUMS.length)],
        "insurance");
  }

  /**
   * One payment in the last 30 days far above anything she bought before: 1.8 to 5 times her
   * largest earlier purchase, at least 250; at a shop she never used (60 %) or at one she uses.
   */
  private void plantUnusual() {
    if (random.nextDouble() >= 0.2) {
      return;
    }
    LocalDate day = today.minusDays(random.nextInt(UNUSUAL_WINDOW_DAYS));
    String merchant =
        random.nextDouble() < 0.6 ? ODD[random.nextInt(ODD.length)] : SHOPS[random.nextInt(5)];
    double largest = Math.max(100, largestPurchaseBeforeWindow().doubleValue());
    BigDecimal amount = euros(Math.max(250, largest * (1.8 + random.nextDouble() * 3.2)));
    book(day, amount.negate(), merchant, "shopping");
    labels.add(new Label(InsightKind.UNUSUAL_DEBIT, merchant, day));
  }

  /** Her largest card purchase before the last 30 days. */
  private BigDecimal largestPurchaseBeforeWindow() {
    LocalDate windowStart = today.minusDays(UNUSUAL_WINDOW_DAYS - 1L);
    BigDecimal largest = BigDecimal.ZERO;
    for (Transaction booking : bookings) {
      if (booking.bookedOn().isBefore(windowStart)
          && booking.amount().isNegative()
          && Origins.isCardCategory(booking.category())) {
        largest = largest.max(AccountHistory.size(booking));
      }
    }
    return largest;
  }

  /** The label of the forecast: in the simulated days until her next salary, is she overdrawn? */
  private void forecastLabel(BigDecimal balance) {
    List<Transaction> future = bookings.stream().filter(t -> t.bookedOn().isAfter(today)).toList();
    BigDecimal running = balance;
    for (Transaction booking : future) {
      if (booking.category().equals("salary")) {
        return;
      }
      running = running.add(booking.amount().amount());
      if (running.signum() < 0) {
        labels.add(new Label(InsightKind.LOW_BALANCE_FORECAST, null, null));
        return;
      }
    }
  }

  private void monthly(String name, BigDecimal amount, int dayOfMonth, String category) {
    monthlyFrom(start, name, amount, dayOfMonth, category);
  }

  private List<Integer> monthlyFrom(
      LocalDate first, String name, BigDecimal amount, int dayOfMonth, String category) {
    List<Integer> indexes = new ArrayList<>();
    for (LocalDate m = first; !m.isAfter(end); m = m.plusMonths(1)) {
      LocalDate day = Schedule.monthly(m, dayOfMonth);
      if (!day.isBefore(first) && !day.isAfter(end)) {
        indexes.add(bookings.size());
        book(day, amount.negate(), name, category);
      }
    }
    return indexes;
  }

  private Transaction book(LocalDate day, BigDecimal amount, String counterparty, String category) {
    Transaction booking =
        new Transaction(
            day,
            new Money(amount, EUR),
            counterparty,
            category,
            "0001",
            origins.of(day, counterparty, category));
    bookings.add(booking);
    return booking;
  }

  /** The same purchase made again, {@code seconds} later on the same day: a new authorisation. */
  private void again(Transaction first, long seconds) {
    bookings.add(first.from(origins.later(first, seconds)));
  }

  private long hours(int least, int most) {
    return least * 3600L + random.nextInt((most - least) * 3600);
  }

  /**
   * A second contract with the same creditor at the same price, collected on the same days (her
   * partner's): under a mandate of its own.
   */
  private void secondContract(Subscription first) {
    String creditor = first.name();
    BookingOrigin mandate = origins.secondMandate(creditor);
    for (int index : first.indexes()) {
      bookings.add(bookings.get(index).from(mandate));
    }
  }

  private BigDecimal size(int index) {
    return AccountHistory.size(bookings.get(index));
  }

  private long daysAgo(int index) {
    return java.time.temporal.ChronoUnit.DAYS.between(bookings.get(index).bookedOn(), today);
  }
}
