package io.tellerline.console;

import io.tellerline.conversation.push.ChangeStreams;
import io.tellerline.conversation.push.ServletChangeStream;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Server-sent events for the console's live pages: which conversations changed, on any instance.
 * With {@code ?conversation=<id>} only that conversation; without, all (the queue). Staff-only by
 * the console's security constraint; the page fetches what changed through JSF as usual.
 */
@WebServlet(urlPatterns = "/console/events", asyncSupported = true)
public class ConsoleEventsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ChangeStreams streams;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String conversation = request.getParameter("conversation");
    UUID followed = null;
    if (conversation != null) {
      try {
        followed = UUID.fromString(conversation);
      } catch (IllegalArgumentException notAnId) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "conversation must be an id");
        return;
      }
    }
    response.setContentType("text/event-stream");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("X-Accel-Buffering", "no");
    response.flushBuffer();
    AsyncContext async = request.startAsync();
    async.setTimeout(0); // the streams registry ends streams after their maximum age
    ServletChangeStream stream = new ServletChangeStream(async);
    if (followed == null) {
      streams.followAll(stream);
    } else {
      streams.follow(stream, followed);
    }
  }
}
