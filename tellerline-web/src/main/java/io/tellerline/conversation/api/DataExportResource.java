package io.tellerline.conversation.api;

import io.tellerline.conversation.application.DataExportNotFoundException;
import io.tellerline.conversation.application.DataExportService;
import io.tellerline.conversation.domain.DataExport;
import io.tellerline.identity.api.ApiCallers;
import io.tellerline.identity.api.ApiRolesAllowed;
import io.tellerline.identity.api.StepUpRequired;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * "Download my data" (GDPR Art. 15 and 20). {@code POST} starts an export in the background (202
 * with its {@code Location}; the RFC 9470 challenge when the sign-in is too weak or too old for
 * {@code data_export}); {@code GET} shows the latest export's progress, {@code GET {id}} one
 * export's, {@code GET {id}/document?format=json|pdf} the finished document (step-up again). Only
 * the customer's own exports exist for her: another's id is 404.
 */
@ApplicationScoped
@Path("me/data-export")
@ApiRolesAllowed(Role.CUSTOMER)
@SecurityRequirement(name = "keycloak")
public class DataExportResource {

  @Inject DataExportService exports;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  /** Where an export stands, with the links to follow. */
  public record Status(
      UUID id,
      String status,
      int percent,
      int messagesDone,
      int messagesTotal,
      Instant requestedAt,
      Instant expiresAt,
      URI self,
      URI json,
      URI pdf) {}

  @POST
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  public Response start() {
    DataExportService.Started started = exports.start(caller());
    if (started.export().isEmpty()) {
      return StepUpRequired.withoutPendingAction(started.decision());
    }
    Status status = status(started.export().get());
    return Response.accepted(status).location(status.self()).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Status latest() {
    return exports.latest(caller()).map(this::status).orElseThrow(DataExportNotFoundException::new);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Status one(@PathParam("id") UUID id) {
    return status(exports.find(caller(), id));
  }

  @GET
  @Path("{id}/document")
  // Problem details too: clients asking for the PDF still get a refusal they can read.
  @Produces({MediaType.APPLICATION_JSON, "application/pdf", Problem.MEDIA_TYPE})
  public Response document(@PathParam("id") UUID id, @QueryParam("format") String format) {
    DataExportService.Download download = exports.download(caller(), id, format(format));
    if (download.file().isEmpty()) {
      return StepUpRequired.withoutPendingAction(download.decision());
    }
    DataExportService.File file = download.file().get();
    return Response.ok(file.content(), file.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static DataExport.Format format(String format) {
    if (format == null || format.equals("json")) {
      return DataExport.Format.JSON;
    }
    if (format.equals("pdf")) {
      return DataExport.Format.PDF;
    }
    throw new InvalidInputException("format", "data_export.format");
  }

  private Status status(DataExport export) {
    URI self = uri.getBaseUriBuilder().path("me/data-export").path(export.id().toString()).build();
    boolean ready = export.status() == DataExport.Status.READY;
    URI document =
        uri.getBaseUriBuilder()
            .path("me/data-export")
            .path(export.id().toString())
            .path("document")
            .build();
    return new Status(
        export.id(),
        export.status().name(),
        export.percent(),
        export.itemsDone(),
        export.itemsTotal(),
        export.requestedAt(),
        export.expiresAt(),
        self,
        ready ? URI.create(document + "?format=json") : null,
        ready ? URI.create(document + "?format=pdf") : null);
  }

  private Caller caller() {
    return ApiCallers.required(request);
  }
}
