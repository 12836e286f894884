package io.tellerline.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.conversation.application.ConversationNotFoundException;
import io.tellerline.conversation.domain.ConversationStateException;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.domain.AuthenticationLevel;
import io.tellerline.identity.domain.AuthenticationRequirement;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.FailureKind;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.privacy.application.PersonalDataErasedException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BusinessExceptionMapperTest {

  private final BusinessExceptionMapper mapper = new BusinessExceptionMapper();

  @Test
  void anUnknownIdIsA404ProblemWithAStableTypeAndNoInternals() {
    UUID id = UUID.randomUUID();
    Response response = mapper.toResponse(new ConversationNotFoundException(id));

    assertEquals(404, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    JsonObject problem = body(response);
    assertEquals(
        "https://tellerline.io/problems/conversation-not-found", problem.getString("type"));
    assertEquals("Not found", problem.getString("title"));
    assertEquals(404, problem.getInt("status"));
    assertEquals("There is no such conversation.", problem.getString("detail"));
    String text = response.getEntity().toString();
    assertFalse(text.contains("Exception"), text);
    assertFalse(text.contains("io.tellerline"), text);
    assertFalse(text.contains(id.toString()), "the id is for the log, not the client");
  }

  @Test
  void theDetailIsInTheFirstAcceptedLanguageTheBankSpeaks() {
    mapper.headers = AcceptLanguage.of(Locale.FRENCH, Locale.GERMANY, Locale.ENGLISH);

    Response response = mapper.toResponse(new ConversationStateException("conversation.not_ended"));

    assertEquals(409, response.getStatus());
    assertEquals(Locale.GERMAN, response.getLanguage());
    JsonObject problem = body(response);
    assertEquals("Konflikt", problem.getString("title"));
    assertEquals(
        "Ein Gespräch kann bewertet werden, sobald es beendet ist.", problem.getString("detail"));
  }

  @Test
  void invalidInputNamesTheFieldLikeBeanValidationDoes() {
    mapper.headers = AcceptLanguage.of(Locale.ENGLISH);

    Response response =
        mapper.toResponse(new InvalidInputException("text", "input.length", 1, 2000));

    assertEquals(400, response.getStatus());
    JsonObject problem = body(response);
    assertEquals("https://tellerline.io/problems/invalid-request", problem.getString("type"));
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("text", error.getString("field"));
    assertEquals("Write 1 to 2,000 characters.", error.getString("detail"));
  }

  @Test
  void everyKindHasItsStatus() {
    for (FailureKind kind : FailureKind.values()) {
      int status = BusinessExceptionMapper.status(kind);
      assertTrue(status >= 400 && status < 500, kind + ": " + status);
    }
    assertEquals(403, mapper.toResponse(new NotACustomerException()).getStatus());
    assertEquals(410, mapper.toResponse(new PersonalDataErasedException()).getStatus());
  }

  @Test
  void aStaffStepUpKeepsTheRfc9470Challenge() {
    PolicyDecision decision =
        new PolicyDecision(
            "staff.reveal_pii",
            PolicyDecision.Verdict.STEP_UP_REQUIRED,
            AuthenticationRequirement.of(AuthenticationLevel.MFA, Duration.ofMinutes(15)),
            "acr password is below mfa",
            "v1");

    Response response = mapper.toResponse(new StaffStepUpRequiredException(decision));

    assertEquals(401, response.getStatus());
    String challenge = response.getHeaderString("WWW-Authenticate");
    assertTrue(challenge.contains("error=\"insufficient_user_authentication\""), challenge);
    assertTrue(challenge.contains("acr_values=\"mfa\""), challenge);
    assertTrue(challenge.contains("max_age=900"), challenge);
  }

  @Test
  void theUnexpectedIsA500WithAnIncidentIdOnly() {
    Response response =
        UnexpectedExceptionMapper.respond(
            new IllegalStateException("secret internals at io.tellerline.X"), Locale.GERMAN);

    assertEquals(500, response.getStatus());
    String text = response.getEntity().toString();
    assertTrue(text.contains("Bitte nennen Sie den Vorfall"), text);
    assertFalse(text.contains("secret") || text.contains("IllegalState"), text);
  }

  static JsonObject body(Response response) {
    return Json.createReader(new StringReader(response.getEntity().toString())).readObject();
  }
}
