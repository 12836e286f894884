package io.tellerline.console;

import io.tellerline.conversation.application.StaffAnnotationService;
import io.tellerline.conversation.application.TrainingExport;
import io.tellerline.conversation.domain.IntentCorrection;
import io.tellerline.platform.SpreadsheetCell;
import io.tellerline.platform.web.CsrfToken;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The intent corrections as training data in the NLU command line's CSV format ({@code text,label},
 * RFC 4180 quoting, plus the language): {@code java -jar tellerline-nlu-cli.jar train --data …}.
 * Supervisors only; the texts are masked, and a text that would open as a spreadsheet formula is
 * made inert ({@link SpreadsheetCell}). An export is recorded in the audit trail, so it is a state
 * change: only a POST with the session's synchronizer token ({@link CsrfToken}, the form on the
 * console's start page) exports; a GET, which a link on another site can trigger, answers 405.
 *
 * <p>Only corrections of customers who currently consent to improving the assistant are exported
 * ({@link TrainingExport}); the response's headers say how many rows were exported and how many
 * were left out, and why (the console's start page says it before the export).
 */
@WebServlet("/console/training/intent-corrections.csv")
public class IntentCorrectionExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Response headers: rows exported, rows left out, and why they were left out. */
  static final String ROWS = "Tellerline-Training-Rows";

  static final String LEFT_OUT = "Tellerline-Training-Rows-Left-Out";
  static final String LEFT_OUT_REASON = "Tellerline-Training-Left-Out-Reason";

  @Inject transient StaffAnnotationService annotations;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!CsrfToken.accepts(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    try {
      TrainingExport export = annotations.trainingRows();
      response.setContentType("text/csv");
      // What was left out and why: beside the CSV, whose format the training tool reads as is.
      response.setHeader(ROWS, String.valueOf(export.rows().size()));
      response.setHeader(LEFT_OUT, String.valueOf(export.leftOutWithoutConsent()));
      response.setHeader(LEFT_OUT_REASON, TrainingExport.LEFT_OUT_REASON);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Content-Disposition", "attachment; filename=intent-corrections.csv");
      PrintWriter out = response.getWriter();
      out.print("text,label,language\r\n");
      for (IntentCorrection row : export.rows()) {
        out.print(
            SpreadsheetCell.of(row.maskedText())
                + ","
                + SpreadsheetCell.of(row.correctedIntent())
                + ","
                + row.language()
                + "\r\n");
      }
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
