package io.tellerline.recommendation.api;

import io.tellerline.identity.api.ApiRolesAllowed;
import io.tellerline.kernel.Role;
import io.tellerline.recommendation.application.FairnessService;
import io.tellerline.recommendation.domain.FairnessReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The recommendations' fairness report as CSV for compliance officers and supervisors: per language
 * and customer group the customers, offered, decided, accepted and both rates in percent; then each
 * dimension's parity gap in points against the {@value FairnessReport#GAP_POINTS}-point limit
 * ({@code OK} or {@code OVER}).
 */
@ApplicationScoped
@Path("compliance/recommendation-fairness")
@ApiRolesAllowed({Role.COMPLIANCE_OFFICER, Role.SUPERVISOR})
@Produces("text/csv")
@SecurityRequirement(name = "keycloak")
public class FairnessResource {

  @Inject FairnessService fairness;

  @GET
  public String report() {
    List<FairnessReport.Row> rows = fairness.report();
    StringBuilder csv =
        new StringBuilder(
            "dimension,group,customers,offered,decided,accepted,offer_rate,acceptance_rate\r\n");
    for (FairnessReport.Row r : rows) {
      csv.append(
          String.join(
              ",",
              r.dimension(),
              r.group(),
              String.valueOf(r.customers()),
              String.valueOf(r.offered()),
              String.valueOf(r.decided()),
              String.valueOf(r.accepted()),
              percent(r.offerRate()),
              percent(r.acceptanceRate())));
      csv.append("\r\n");
    }
    for (String dimension : List.of("language", "customer-group")) {
      gap(
          csv,
          dimension,
          "offer_rate",
          FairnessReport.gap(rows, dimension, FairnessReport.Row::offerRate));
      gap(
          csv,
          dimension,
          "acceptance_rate",
          FairnessReport.gap(rows, dimension, FairnessReport.Row::acceptanceRate));
    }
    return csv.toString();
  }

  private static void gap(StringBuilder csv, String dimension, String rate, double points) {
    csv.append("gap,")
        .append(dimension)
        .append(',')
        .append(rate)
        .append(',')
        .append(percent(points))
        .append(',')
        .append(points > FairnessReport.GAP_POINTS ? "OVER" : "OK")
        .append(",limit ")
        .append(percent(FairnessReport.GAP_POINTS))
        .append(",,\r\n");
  }

  private static String percent(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
  }
}
