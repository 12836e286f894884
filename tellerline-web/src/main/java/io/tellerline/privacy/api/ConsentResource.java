package io.tellerline.privacy.api;

import io.tellerline.identity.api.ApiCallers;
import io.tellerline.identity.api.ApiRolesAllowed;
import io.tellerline.kernel.Role;
import io.tellerline.privacy.application.ConsentOverview;
import io.tellerline.privacy.application.ConsentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The signed-in customer's consents: what she has agreed to (every purpose off until she turns it
 * on) and her history; {@code PUT} gives or withdraws one under the current privacy notice. An
 * unknown purpose or an outdated notice version is a 400 problem.
 */
@ApplicationScoped
@Path("me/consents")
@ApiRolesAllowed(Role.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ConsentResource {

  @Inject ConsentService consents;
  @Context HttpServletRequest request;

  @GET
  public ConsentOverview get() {
    return consents.overview(ApiCallers.required(request));
  }

  @PUT
  @Path("{purpose}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConsentOverview change(
      @PathParam("purpose") String purpose, @NotNull @Valid ConsentRequest change) {
    return consents.change(
        ApiCallers.required(request), purpose, change.getGranted(), change.getTextVersion());
  }
}
