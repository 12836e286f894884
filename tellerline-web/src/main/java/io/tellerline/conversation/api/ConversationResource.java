package io.tellerline.conversation.api;

import io.tellerline.conversation.application.ConversationService;
import io.tellerline.conversation.application.ConversationView;
import io.tellerline.conversation.application.StepUpChallenge;
import io.tellerline.conversation.application.TurnResult;
import io.tellerline.conversation.application.UsageLimits;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.push.ChangeStreams;
import io.tellerline.conversation.push.SseChangeStream;
import io.tellerline.identity.api.ApiCallers;
import io.tellerline.identity.api.ApiRolesAllowed;
import io.tellerline.identity.api.StepUpRequired;
import io.tellerline.insight.push.InsightStreams;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A customer's conversations with the bank. Customers only ever see their own. */
@ApplicationScoped
@Path("conversations")
@ApiRolesAllowed(Role.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class ConversationResource {

  @Inject ConversationService conversations;
  @Inject ChangeStreams streams;
  @Inject InsightStreams insightStreams;
  @Inject UsageLimits limits;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  /** Starts a conversation; the first message is the assistant's automated-assistant notice. */
  @POST
  public Response start() {
    ConversationView conversation = conversations.start(caller(), Channel.WEB_CHAT);
    return Response.created(uri.getAbsolutePathBuilder().path(conversation.id().toString()).build())
        .entity(conversation)
        .build();
  }

  /**
   * The conversation; with {@code after}, only the messages after that sequence number, so that a
   * page that has the transcript re-reads only what is new, however long the conversation is.
   */
  @GET
  @Path("{id}")
  public ConversationView transcript(@PathParam("id") UUID id, @QueryParam("after") String after) {
    if (after == null) {
      return conversations.transcript(caller(), id);
    }
    return conversations.transcriptAfter(caller(), id, sequence(after));
  }

  private static int sequence(String after) {
    if (!after.matches("\\d{1,9}")) {
      throw new InvalidInputException("after", "conversation.after_invalid");
    }
    return Integer.parseInt(after);
  }

  /**
   * Server-sent events: "ready" once, then "changed" whenever the conversation changes on any
   * instance (a staff reply, a status), so the page re-reads the transcript at once, and "insights"
   * when an insight arrives for the customer (only with her consent). The stream ends after a few
   * minutes; the page reconnects with a fresh token.
   */
  @GET
  @Path("{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(@PathParam("id") UUID id, @Context SseEventSink sink, @Context Sse sse) {
    // The customer's own, or 404; one more open stream of theirs (on any instance), or 429.
    UUID lease = conversations.openEventStream(caller(), id);
    SseChangeStream stream = new SseChangeStream(sink, sse, () -> limits.closeStream(lease));
    // The insights she has are noted before "ready" is sent: one that arrives after "ready" is then
    // always pushed (noted after it, one arriving in between was taken for known; seen in
    // InsightsIT).
    insightStreams.watch(stream, caller().subject());
    streams.follow(stream, id);
  }

  /**
   * The customer's message and the assistant's reply. A sensitive request with too weak or too old
   * an authentication is answered 401 as RFC 9470 says; the request waits as a pending action.
   */
  @POST
  @Path("{id}/messages")
  public Response post(@PathParam("id") UUID id, @NotNull @Valid NewMessageRequest message) {
    return respond(id, conversations.post(caller(), id, message.getText()));
  }

  /**
   * Performs a pending sensitive request after step-up authentication, at most once: repeating the
   * call returns the recorded result with {@code Idempotent-Replayed: true}.
   */
  @POST
  @Path("{id}/pending-actions/{actionId}/resume")
  public Response resume(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId) {
    return respond(id, conversations.resume(caller(), id, actionId));
  }

  /** "Talk to a person": queues the conversation for staff and says where the customer stands. */
  @POST
  @Path("{id}/handover")
  public Response handover(@PathParam("id") UUID id) {
    return respond(id, conversations.requestPerson(caller(), id));
  }

  /** Switches the assistant's language (English or German); it confirms in the new one. */
  @PUT
  @Path("{id}/language")
  public Response language(@PathParam("id") UUID id, @NotNull @Valid LanguageRequest request) {
    return respond(id, conversations.switchLanguage(caller(), id, request.getLanguage()));
  }

  /** Ends the conversation; the last message asks for a rating. */
  @POST
  @Path("{id}/end")
  public Response end(@PathParam("id") UUID id) {
    return respond(id, conversations.end(caller(), id));
  }

  /** Rates an ended conversation once, 1 to 5, with an optional comment. */
  @POST
  @Path("{id}/satisfaction")
  public Response rate(@PathParam("id") UUID id, @NotNull @Valid SatisfactionRequest rating) {
    conversations.rate(caller(), id, rating.getScore(), rating.getComment());
    return Response.noContent().build();
  }

  private Response respond(UUID conversationId, TurnResult result) {
    if (result.stepUp().isPresent()) {
      StepUpChallenge challenge = result.stepUp().get();
      URI resume =
          uri.getBaseUriBuilder()
              .path(ConversationResource.class)
              .path(conversationId.toString())
              .path("pending-actions")
              .path(challenge.pendingActionId().toString())
              .path("resume")
              .build();
      return StepUpRequired.response(challenge, result.messages(), resume);
    }
    Response.ResponseBuilder ok = Response.ok(new NewMessagesResponse(result.messages()));
    return result.replayed() ? ok.header("Idempotent-Replayed", "true").build() : ok.build();
  }

  private Caller caller() {
    return ApiCallers.required(request);
  }
}
