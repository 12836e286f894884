package io.tellerline.identity.api;

import io.tellerline.conversation.application.MessageView;
import io.tellerline.conversation.application.StepUpChallenge;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.platform.api.Problem;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The RFC 9470 answer to a sensitive request whose token is too weak or too old: {@code 401} with
 * {@code WWW-Authenticate: Bearer error="insufficient_user_authentication", acr_values=…,
 * max_age=…}, and a problem-details body the chat can show, naming the pending action to resume
 * after the customer has authenticated again. For a payment-like action it also carries {@code
 * authorization_details}: the exact RFC 9396 JSON (as a string) the client pushes to Keycloak with
 * PAR, so that the one-time code confirms, and the token authorises, exactly that payment.
 */
public record StepUpRequired(
    String type,
    String title,
    int status,
    String detail,
    @JsonbProperty("acr_values") String acrValues,
    @JsonbProperty("max_age") Long maxAge,
    PendingActionLink pendingAction,
    List<MessageView> messages,
    @JsonbProperty("authorization_details") String authorizationDetails) {

  static final String ERROR = "insufficient_user_authentication";

  /** The action waiting for step-up and where to resume it (POST, no body). */
  public record PendingActionLink(UUID id, String intent, Instant expiresAt, URI resume) {}

  public static Response response(
      StepUpChallenge challenge, List<MessageView> messages, URI resume) {
    String detail =
        "A stronger or more recent authentication is required for this request. Authenticate"
            + " again with the requested level, then resume the pending request.";
    StepUpRequired body =
        new StepUpRequired(
            "https://tellerline.io/problems/step-up-required",
            "Step-up authentication required",
            401,
            detail,
            challenge.acrValues(),
            challenge.maxAgeSeconds().orElse(null),
            new PendingActionLink(
                challenge.pendingActionId(), challenge.intent(), challenge.expiresAt(), resume),
            messages,
            challenge.authorizationDetails().orElse(null));
    return Response.status(401)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.WWW_AUTHENTICATE, header(challenge))
        .entity(body)
        .build();
  }

  /**
   * The challenge for a request that is simply refused until the caller authenticates again (a
   * download): nothing waits to be resumed; the client repeats the request.
   */
  public static Response withoutPendingAction(PolicyDecision decision) {
    String acr = decision.requirement().level().acrValue();
    Optional<Long> maxAge = decision.requirement().maxAge().map(Duration::toSeconds);
    StepUpRequired body =
        new StepUpRequired(
            "https://tellerline.io/problems/step-up-required",
            "Step-up authentication required",
            401,
            "A stronger or more recent authentication is required for this request. Authenticate"
                + " again with the requested level, then repeat the request.",
            acr,
            maxAge.orElse(null),
            null,
            List.of(),
            null);
    return Response.status(401)
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.WWW_AUTHENTICATE, header(acr, maxAge))
        .entity(body)
        .build();
  }

  static String header(StepUpChallenge challenge) {
    return header(challenge.acrValues(), challenge.maxAgeSeconds());
  }

  private static String header(String acrValues, Optional<Long> maxAgeSeconds) {
    StringBuilder header =
        new StringBuilder("Bearer realm=\"tellerline\", error=\"")
            .append(ERROR)
            .append("\", error_description=\"A different authentication level is required\"")
            .append(", acr_values=\"")
            .append(acrValues)
            .append('"');
    maxAgeSeconds.ifPresent(age -> header.append(", max_age=").append(age));
    return header.toString();
  }
}
