package io.tellerline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /metrics} for the monitor only. Payara adds its MicroProfile Metrics servlet to the
 * application at the root context, so this application's filters guard it. The metrics hold no
 * personal data, but they show the bank's traffic, queue and models: like the readiness details,
 * only the bearer of {@code TELLERLINE_MONITOR_TOKEN} reads them ({@link MonitorToken}); a
 * Prometheus scrape sends it with {@code authorization: {credentials: …}}.
 */
public class MetricsAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private transient MonitorToken token;

  @Override
  public void init(FilterConfig config) {
    token = MonitorToken.from(ConfigProvider.getConfig());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (token.admits(request, response)) {
      chain.doFilter(request, response);
    }
  }
}
