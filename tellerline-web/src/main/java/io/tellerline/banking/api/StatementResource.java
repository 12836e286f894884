package io.tellerline.banking.api;

import io.tellerline.banking.application.StatementDownload;
import io.tellerline.banking.application.StatementService;
import io.tellerline.banking.domain.Statement;
import io.tellerline.identity.api.ApiCallers;
import io.tellerline.identity.api.ApiRolesAllowed;
import io.tellerline.identity.api.StepUpRequired;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The customer's monthly account statements. The list needs a sign-in; a document shows the full
 * IBAN, so it needs what the authentication policy says for {@code statement_request} (else the RFC
 * 9470 challenge).
 */
@ApplicationScoped
@Path("statements")
@ApiRolesAllowed(Role.CUSTOMER)
@SecurityRequirement(name = "keycloak")
public class StatementResource {

  @Inject StatementService statements;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Statement> list() {
    return statements.statements(ApiCallers.required(request));
  }

  @GET
  @Path("{account}/{month}")
  // JSON too: clients that accept only JSON still get the problem details of a refusal.
  @Produces({"application/pdf", Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  public Response document(@PathParam("account") UUID account, @PathParam("month") String month) {
    YearMonth period;
    try {
      period = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "banking.month_invalid");
    }
    StatementDownload download = statements.download(ApiCallers.required(request), account, period);
    if (download.file().isEmpty()) {
      return StepUpRequired.withoutPendingAction(download.decision());
    }
    StatementDownload.File file = download.file().get();
    return Response.ok(file.content(), file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
        .build();
  }
}
