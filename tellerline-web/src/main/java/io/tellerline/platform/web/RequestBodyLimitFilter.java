package io.tellerline.platform.web;

import io.tellerline.platform.api.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds the body of every API request before anything parses it ({@code
 * tellerline.limits.request-body-bytes}, default 32 KiB: a message's longest text, escaped, fits
 * several times). A declared larger body is answered 413 at once; an undeclared (chunked) one is
 * cut off where it passes the limit, so the parser fails on it (400).
 */
public class RequestBodyLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final long DEFAULT_LIMIT = 32 * 1024;

  private long limit = DEFAULT_LIMIT;

  @Override
  public void init(FilterConfig config) {
    limit =
        ConfigProvider.getConfig()
            .getOptionalValue("tellerline.limits.request-body-bytes", Long.class)
            .orElse(DEFAULT_LIMIT);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > limit) {
      response.setStatus(413);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              Problem.json(
                  413,
                  "request-too-large",
                  "Content too large",
                  "The request body is larger than " + limit + " bytes."));
      return;
    }
    chain.doFilter(new Bounded(request, limit), response);
  }

  /** The request with its body stream cut off after {@code limit} bytes. */
  private static final class Bounded extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream bounded;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (bounded == null) {
        bounded = new BoundedStream(super.getInputStream(), limit);
      }
      return bounded;
    }
  }

  private static final class BoundedStream extends ServletInputStream {

    private final ServletInputStream in;
    private long left;

    BoundedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && --left < 0) {
        throw new IOException("request body over the limit");
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0 && (left -= n) < 0) {
        throw new IOException("request body over the limit");
      }
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
