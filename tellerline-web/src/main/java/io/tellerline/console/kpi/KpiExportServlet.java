package io.tellerline.console.kpi;

import io.tellerline.conversation.application.KpiDashboard;
import io.tellerline.kernel.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The dashboard's KPIs ({@code ?report=kpis}, the default) or its fairness report ({@code
 * ?report=fairness}) as CSV, for the dashboard's period and grouping ({@code from}, {@code to},
 * {@code dimension}). Aggregates only; a read, so a GET (web.xml lets supervisors and compliance
 * officers in, the service checks the roles again).
 */
@WebServlet("/console/kpi/export.csv")
public class KpiExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient KpiDashboard dashboard;
  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      KpiRequest asked =
          KpiRequest.of(
              request.getParameter("from"),
              request.getParameter("to"),
              request.getParameter("dimension"),
              clock);
      boolean fairness = "fairness".equals(request.getParameter("report"));
      String csv =
          fairness
              ? KpiCsv.fairness(dashboard.fairness(asked.period()))
              : KpiCsv.figures(dashboard.figures(asked.period(), asked.dimension()).groups());
      response.setContentType("text/csv");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=" + (fairness ? "fairness.csv" : "kpis.csv"));
      response.getWriter().print(csv);
    } catch (BusinessException invalid) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
