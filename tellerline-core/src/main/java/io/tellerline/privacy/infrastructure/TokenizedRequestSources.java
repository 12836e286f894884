package io.tellerline.privacy.infrastructure;

import io.tellerline.audit.application.RequestSource;
import io.tellerline.audit.application.RequestSources;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.detection.PiiType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The audit trail's source of an event: the servlet request being served (the container's request
 * bean, so this works from the EJB module of the EAR too), its peer address tokenized like any
 * other personal value; here because the privacy capability tokenizes and the audit capability only
 * defines the port. The address is the connection's peer; behind a reverse proxy that is the proxy,
 * and a forwarded-for header is not read because a client can set it.
 */
@ApplicationScoped
public class TokenizedRequestSources implements RequestSources {

  @Inject HttpServletRequest request;
  @Inject PersonalDataProtection protection;

  @Override
  public Optional<RequestSource> current() {
    String address;
    String userAgent;
    try {
      address = request.getRemoteAddr();
      userAgent = request.getHeader("User-Agent");
    } catch (RuntimeException outsideARequest) {
      // The container's request bean exists only while a servlet request is served; timers,
      // background work and start-up have none (the exception type differs between containers).
      return Optional.empty();
    }
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new RequestSource(protection.protectWhole(address, PiiType.IP_ADDRESS).text(), userAgent));
  }
}
