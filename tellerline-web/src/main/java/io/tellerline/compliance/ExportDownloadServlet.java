package io.tellerline.compliance;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;

/** Downloads a finished background export ({@code ?job=ID}); only its owner may. */
@WebServlet("/console/compliance/export-download")
public class ExportDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ExportJobs jobs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ExportJob> job;
    try {
      job =
          jobs.find(
              UUID.fromString(request.getParameter("job")), request.getUserPrincipal().getName());
    } catch (IllegalArgumentException | NullPointerException e) {
      job = Optional.empty();
    }
    if (job.isEmpty() || job.get().getState() != ExportJob.State.DONE) {
      response.sendError(404, "no finished export with this id");
      return;
    }
    response.setContentType("application/zip");
    response.setContentLengthLong(Files.size(job.get().file()));
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"tellerline-audit-"
            + job.get().getFrom()
            + "-"
            + job.get().getTo()
            + ".zip\"");
    Files.copy(job.get().file(), response.getOutputStream());
  }
}
