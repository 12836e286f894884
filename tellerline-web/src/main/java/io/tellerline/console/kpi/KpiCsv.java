package io.tellerline.console.kpi;

import io.tellerline.conversation.domain.FairnessRow;
import io.tellerline.conversation.domain.KpiFigures;
import io.tellerline.platform.SpreadsheetCell;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dashboard's tables as CSV (RFC 4180, CRLF): every field through {@link SpreadsheetCell}, so a
 * group named like a formula (an intent or model version is configuration, but still) stays text.
 */
final class KpiCsv {

  static final String FIGURES_HEADER =
      "group,conversations,customer_turns,not_understood_rate,assistant_first_response,"
          + "staff_first_response,assistant_resolution,staff_resolution,self_service_rate,"
          + "escalation_rate,abandonment_rate,handover_wait,csat_mean,csat_response_rate,"
          + "csat_1,csat_2,csat_3,csat_4,csat_5";

  static final String FAIRNESS_HEADER =
      "model_version,dimension,group,conversations,customer_turns,escalation_rate,"
          + "not_understood_rate,corrected_rate";

  private KpiCsv() {}

  static String figures(List<KpiFigures> rows) {
    StringBuilder csv = new StringBuilder(FIGURES_HEADER).append("\r\n");
    for (KpiFigures row : rows) {
      line(
          csv,
          Stream.concat(
              Stream.of(
                  row.bucket(),
                  String.valueOf(row.conversations()),
                  String.valueOf(row.customerTurns()),
                  KpiFormat.percent(row.notUnderstoodRate()),
                  KpiFormat.seconds(row.assistantFirstResponseSeconds()),
                  KpiFormat.seconds(row.staffFirstResponseSeconds()),
                  KpiFormat.seconds(row.assistantResolutionSeconds()),
                  KpiFormat.seconds(row.staffResolutionSeconds()),
                  KpiFormat.percent(row.selfServiceRate()),
                  KpiFormat.percent(row.escalationRate()),
                  KpiFormat.percent(row.abandonmentRate()),
                  KpiFormat.seconds(row.handoverWaitSeconds()),
                  KpiFormat.mean(row.csatMean()),
                  KpiFormat.percent(row.csatResponseRate())),
              row.csatCounts().stream().map(String::valueOf)));
    }
    return csv.toString();
  }

  static String fairness(List<FairnessRow> rows) {
    StringBuilder csv = new StringBuilder(FAIRNESS_HEADER).append("\r\n");
    for (FairnessRow row : rows) {
      line(
          csv,
          Stream.of(
              row.modelVersion(),
              row.dimension(),
              row.group(),
              String.valueOf(row.conversations()),
              String.valueOf(row.customerTurns()),
              KpiFormat.percent(row.escalationRate()),
              KpiFormat.percent(row.notUnderstoodRate()),
              KpiFormat.percent(row.correctedRate())));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, Stream<String> fields) {
    csv.append(fields.map(SpreadsheetCell::of).collect(Collectors.joining(","))).append("\r\n");
  }
}
