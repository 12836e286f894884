package io.tellerline.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tellerline.conversation.api.NewMessageRequest;
import io.tellerline.conversation.api.SatisfactionRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bean Validation failures of the API's request classes, with a real Hibernate Validator. */
class ConstraintViolationMapperTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private final ConstraintViolationMapper mapper = new ConstraintViolationMapper();

  @Test
  void aTooLongMessageIsA400NamingTheFieldButNotTheValue() {
    NewMessageRequest message = new NewMessageRequest();
    message.setText("my IBAN is DE89370400440532013000 " + "x".repeat(2000));
    mapper.headers = AcceptLanguage.of(Locale.ENGLISH);

    Response response = mapper.toResponse(invalid(message));

    assertEquals(400, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    JsonObject problem = BusinessExceptionMapperTest.body(response);
    assertEquals("https://tellerline.io/problems/invalid-request", problem.getString("type"));
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("text", error.getString("field"));
    assertEquals("size must be between 0 and 2000", error.getString("detail"));
    assertFalse(response.getEntity().toString().contains("DE89"), "no rejected value");
  }

  @Test
  void theFieldsAreDescribedInTheRequestsLanguage() {
    SatisfactionRequest rating = new SatisfactionRequest();
    rating.setScore(6);
    mapper.headers = AcceptLanguage.of(Locale.GERMANY);

    JsonObject problem = BusinessExceptionMapperTest.body(mapper.toResponse(invalid(rating)));

    assertEquals("Die Anfrage enthält ungültige Felder.", problem.getString("detail"));
    JsonArray errors = problem.getJsonArray("errors");
    assertEquals("score", errors.getJsonObject(0).getString("field"));
    assertEquals("muss kleiner-gleich 5 sein", errors.getJsonObject(0).getString("detail"));
  }

  private static ConstraintViolationException invalid(Object request) {
    return new ConstraintViolationException(VALIDATOR.validate(request));
  }
}
