package io.tellerline.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

  @Test
  void theDatabaseOutOfReachIsARetryable503ProblemWithoutInternals() {
    SQLException refused = new SQLException("Connection to 10.78.0.21:5432 refused.", "08001");
    refused.initCause(new ConnectException("Connection refused"));
    Response response =
        mapper.toResponse(new EJBException(new PersistenceException("EclipseLink-4002", refused)));

    assertEquals(503, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    assertEquals("5", response.getHeaderString("Retry-After"));
    JsonObject problem = BusinessExceptionMapperTest.body(response);
    assertEquals("https://tellerline.io/problems/service-unavailable", problem.getString("type"));
    assertEquals("Service unavailable", problem.getString("title"));
    assertEquals(503, problem.getInt("status"));
    String text = response.getEntity().toString();
    assertFalse(text.contains("Exception"), text);
    assertFalse(text.contains("10.78.0.21"), text);
  }

  @Test
  void the503SpeaksTheCustomersLanguage() {
    mapper.headers = AcceptLanguage.of(Locale.GERMAN);
    Response response =
        mapper.toResponse(
            new PersistenceException(
                new SQLException(
                    "Error in allocating a connection. Cause: expired max-wait-time")));

    assertEquals(503, response.getStatus());
    assertEquals(
        "Dienst nicht verfügbar", BusinessExceptionMapperTest.body(response).getString("title"));
  }

  @Test
  void anyOtherFailureStaysA500WithAnIncidentAndNoRetryAfter() {
    Response response = mapper.toResponse(new IllegalStateException("a bug"));

    assertEquals(500, response.getStatus());
    assertEquals(null, response.getHeaderString("Retry-After"));
    String text = response.getEntity().toString();
    assertFalse(text.contains("a bug"), text);
  }
}
