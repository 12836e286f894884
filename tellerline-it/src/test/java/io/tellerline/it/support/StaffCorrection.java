package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A customer's message that a teller corrected: the customer writes it and asks for a person, tessa
 * claims the conversation and corrects the message's intent to out of scope ({@code oos}) on the
 * console's conversation page. Labelled data for training (export, review inbox).
 */
public final class StaffCorrection {

  private StaffCorrection() {}

  /** The conversation and the corrected message. */
  public record Corrected(String conversation, UUID message) {}

  /**
   * @param root the application's base URL with a trailing slash ({@code base("")} in an IT)
   */
  public static Corrected toOutOfScope(String root, String token, String text) throws SQLException {
    HttpResponse<String> started =
        Http.post(root + "api/conversations", token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String id = Json.parse(started.body()).getString("id");
    String conversation = root + "api/conversations/" + id + "/";
    assertEquals(
        200,
        Http.postJson(conversation + "messages", token, Json.object("text", text).toString())
            .statusCode());
    assertEquals(200, Http.postJson(conversation + "handover", token, "").statusCode());
    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    String page = root + "console/conversation.xhtml?id=" + id;
    tessa.submit(page, "serve", "serve:claim");
    UUID message =
        (UUID)
            BankDatabase.single(
                "select id from conversation_message where conversation_id = ? and author ="
                    + " 'CUSTOMER' order by seq limit 1",
                UUID.fromString(id));
    String corrected =
        tessa
            .submitWith(
                page,
                "correct",
                "correct:save-correction",
                Map.of("correct:message", message.toString(), "correct:intent", "oos"))
            .body();
    assertTrue(corrected.contains("Correction saved"), corrected);
    return new Corrected(id, message);
  }
}
