package io.tellerline.console;

import io.tellerline.training.application.ModelOverview;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Downloads a model's card ({@code ?model=<id>}, Markdown) or its evaluation ({@code
 * &format=json}). Who may read them: web.xml's constraint on {@code /console/models/*} and the
 * overview's roles.
 */
@WebServlet("/console/models/card")
public class ModelCardServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ModelOverview overview;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<UUID> model = parse(request.getParameter("model"));
    boolean json = "json".equals(request.getParameter("format"));
    Optional<String> body =
        model.flatMap(id -> json ? overview.evaluation(id) : overview.modelCard(id));
    if (body.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(json ? "application/json" : "text/markdown");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"model-"
            + model.get()
            + (json ? "-evaluation.json" : "-card.md")
            + "\"");
    response.getWriter().write(body.get());
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id == null ? "" : id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
