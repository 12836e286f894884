package io.tellerline.platform.web;

import io.tellerline.platform.api.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Request paths that the container could read differently from how security reads them. The
 * authentication mechanism and the web.xml constraints look at the raw path; the container decodes
 * and normalises it before choosing a servlet. So {@code /api/%2e%2e%2fconsole/events} was
 * authenticated as an API call and served by the console. Such paths are refused outright: no
 * client of Tellerline needs them.
 */
public final class AmbiguousPaths {

  /** Encoded dot, slash, backslash and NUL; the backslash itself; path parameters. */
  private static final List<String> FORBIDDEN = List.of("%2e", "%2f", "%5c", "%00", "\\", ";");

  private AmbiguousPaths() {}

  /** Whether a raw request URI (before decoding, without the query) is ambiguous. */
  public static boolean isAmbiguous(String rawUri) {
    if (rawUri == null || rawUri.isEmpty()) {
      return false;
    }
    String path = rawUri.toLowerCase(Locale.ROOT);
    return FORBIDDEN.stream().anyMatch(path::contains) || hasDotSegment(path);
  }

  private static boolean hasDotSegment(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** Answers 400 as problem details and ends the response. */
  public static void refuse(HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Problem.json(
                400,
                "ambiguous-path",
                "Bad request",
                "The path contains encoded dots, slashes or backslashes, dot segments or path"
                    + " parameters. Send the plain path."));
    response.flushBuffer();
  }
}
