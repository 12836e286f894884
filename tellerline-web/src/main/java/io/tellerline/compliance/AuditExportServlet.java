package io.tellerline.compliance;

import io.tellerline.audit.application.ComplianceAuditService;
import io.tellerline.console.ConsolePage;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.platform.web.CsrfToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a range of the audit log: a POST of {@code from=0&to=1000&format=bundle|csv} with the
 * session's {@link CsrfToken}. A POST because an export is recorded in the audit log ({@code
 * AUDIT_EXPORTED}): a GET, which a link or an image on another page can trigger, answers 405.
 * Streams, so a million events need no more memory than ten. Guarded like every compliance page
 * (web.xml).
 */
@WebServlet("/console/compliance/export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ComplianceAuditService audit;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!CsrfToken.accepts(request)) {
      response.sendError(403, "the export form has expired: open the audit log page again");
      return;
    }
    long from;
    long to;
    try {
      from = Long.parseLong(request.getParameter("from"));
      to = Long.parseLong(request.getParameter("to"));
    } catch (NumberFormatException e) {
      response.sendError(400, "from and to must be leaf indexes");
      return;
    }
    boolean csv = "csv".equals(request.getParameter("format"));
    String name = "tellerline-audit-" + from + "-" + to + (csv ? ".csv" : ".zip");
    response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    try {
      if (csv) {
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        audit.exportCsv(from, to, out);
        out.flush();
      } else {
        audit.exportBundle(from, to, response.getOutputStream(), written -> {});
      }
    } catch (InvalidInputException invalid) {
      // Checked before anything is written, so the response can still be an error page.
      response.reset();
      response.sendError(400, invalid.message(ConsolePage.LANGUAGE));
    }
  }
}
