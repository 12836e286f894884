package io.tellerline.identity.api;

import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who the server believes the caller is, and how strongly they signed in. */
@ApplicationScoped
@Path("me")
@SecurityRequirement(name = "keycloak")
public class MeResource {

  @Context HttpServletRequest request;

  /** The caller as seen by the server after verifying the token. */
  public record Me(
      String username, Set<String> roles, String acr, List<String> amr, Instant authTime) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @ApiRolesAllowed({
    Role.CUSTOMER,
    Role.TELLER,
    Role.SUPERVISOR,
    Role.COMPLIANCE_OFFICER,
    Role.ADMIN
  })
  public Me get() {
    Caller caller = ApiCallers.required(request);
    return new Me(
        caller.username(),
        caller.roles(),
        caller.authenticationLevel(),
        caller.authenticationMethods(),
        caller.authenticatedAt().orElse(null));
  }
}
