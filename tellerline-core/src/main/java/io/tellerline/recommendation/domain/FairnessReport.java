package io.tellerline.recommendation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Offer and acceptance rates of recommendations across languages and customer groups (new: a
 * customer for less than {@value #NEW_CUSTOMER_DAYS} days; long-standing otherwise). Offer rate:
 * customers offered at least one product among the group's customers; acceptance rate: accepted
 * among decided offers. The parity gap of a dimension is its highest rate minus its lowest, in
 * percentage points, flagged above {@value #GAP_POINTS} points. No sensitive attribute is used.
 */
public final class FairnessReport {

  public static final int NEW_CUSTOMER_DAYS = 365;
  public static final double GAP_POINTS = 5.0;

  /** One customer: her language, since when she is a customer, her offers and decisions. */
  public record Customer(String language, LocalDate since, int offers, int decided, int accepted) {}

  /** One group's figures; rates in percent, NaN when there is nothing to divide by. */
  public record Row(
      String dimension,
      String group,
      int customers,
      int offered,
      int decided,
      int accepted,
      double offerRate,
      double acceptanceRate) {}

  private FairnessReport() {}

  public static List<Row> rows(List<Customer> population, LocalDate today) {
    List<Row> rows = new ArrayList<>();
    rows.addAll(by("language", population, Customer::language));
    rows.addAll(
        by(
            "customer-group",
            population,
            c -> c.since().isAfter(today.minusDays(NEW_CUSTOMER_DAYS)) ? "new" : "long-standing"));
    return rows;
  }

  /** The highest minus the lowest rate among a dimension's rows (groups without data left out). */
  public static double gap(List<Row> rows, String dimension, Function<Row, Double> rate) {
    List<Double> rates =
        rows.stream()
            .filter(r -> r.dimension().equals(dimension))
            .map(rate)
            .filter(r -> !r.isNaN())
            .toList();
    if (rates.size() < 2) {
      return 0.0;
    }
    return rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
        - rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static List<Row> by(
      String dimension, List<Customer> population, Function<Customer, String> group) {
    Map<String, List<Customer>> groups = new TreeMap<>();
    for (Customer c : population) {
      groups.computeIfAbsent(group.apply(c), g -> new ArrayList<>()).add(c);
    }
    return groups.entrySet().stream()
        .map(
            e -> {
              List<Customer> members = e.getValue();
              int offered = (int) members.stream().filter(c -> c.offers() > 0).count();
              int decided = members.stream().mapToInt(Customer::decided).sum();
              int accepted = members.stream().mapToInt(Customer::accepted).sum();
              return new Row(
                  dimension,
                  e.getKey(),
                  members.size(),
                  offered,
                  decided,
                  accepted,
                  percent(offered, members.size()),
                  percent(accepted, decided));
            })
        .toList();
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? Double.NaN : 100.0 * part / whole;
  }
}
