package io.tellerline.recommendation.api;

import io.tellerline.identity.api.ApiCallers;
import io.tellerline.identity.api.ApiRolesAllowed;
import io.tellerline.kernel.Role;
import io.tellerline.recommendation.application.RecommendationService;
import io.tellerline.recommendation.application.ShownRecommendation;
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
 * The signed-in customer's product recommendations: empty unless she consented to {@code
 * product-offers}; only her own accounts are read. {@code POST {id}/decision} accepts or declines
 * one for good; an id she does not have now is a 400 problem.
 */
@ApplicationScoped
@Path("recommendations")
@ApiRolesAllowed(Role.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class RecommendationResource {

  @Inject RecommendationService recommendations;
  @Context HttpServletRequest request;

  @GET
  public List<ShownRecommendation> get(
      @QueryParam("lang") @Pattern(regexp = "[a-z]{2}") String language) {
    return recommendations.current(
        ApiCallers.required(request), Optional.ofNullable(language).map(Locale::forLanguageTag));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public void decide(
      @PathParam("id") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String id,
      @NotNull @Valid DecisionRequest decision) {
    recommendations.decide(ApiCallers.required(request), id, decision.getDecision());
  }
}
