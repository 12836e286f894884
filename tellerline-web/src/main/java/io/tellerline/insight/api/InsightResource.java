package io.tellerline.insight.api;

import io.tellerline.identity.api.ApiCallers;
import io.tellerline.identity.api.ApiRolesAllowed;
import io.tellerline.insight.application.InsightService;
import io.tellerline.insight.application.ShownInsight;
import io.tellerline.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The signed-in customer's insights for any channel: empty unless she consented to {@code
 * personal-insights}; only her own accounts are read. {@code POST {id}/dismissal} hides one for
 * good with her feedback; an id she does not have now is a 400 problem.
 */
@ApplicationScoped
@Path("insights")
@ApiRolesAllowed(Role.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class InsightResource {

  @Inject InsightService insights;
  @Context HttpServletRequest request;

  @GET
  public List<ShownInsight> get(@QueryParam("lang") @Pattern(regexp = "[a-z]{2}") String language) {
    return insights.current(
        ApiCallers.required(request), Optional.ofNullable(language).map(Locale::forLanguageTag));
  }

  @POST
  @Path("{id}/dismissal")
  @Consumes(MediaType.APPLICATION_JSON)
  public void dismiss(
      @PathParam("id") @Pattern(regexp = "[0-9a-f]{16}") String id,
      @NotNull @Valid DismissalRequest dismissal) {
    insights.dismiss(ApiCallers.required(request), id, dismissal.getFeedback());
  }
}
