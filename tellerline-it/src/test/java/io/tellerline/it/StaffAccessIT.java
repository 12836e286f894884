package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know through the real console on Payara Micro with Keycloak: the key cells of the matrix
 * in compliance-docs/need-to-know-and-four-eyes.md. A teller is refused a conversation that is
 * neither in the queue nor hers, and a customer she does not serve; she serves what she claims and
 * then sees its customer; a written reason opens another conversation to read (audited); a
 * supervisor sees everything. Refusals and reasons are in the audit log.
 */
class StaffAccessIT extends OnPayaraMicro {

  private static final String ALICE_CUSTOMER_ID = "a0000000-0000-4000-8000-000000000001";
  private static final String TRANSCRIPT = "id=\"conversation\"";
  private static final String REASON_FORM = "id=\"access:access-reason\"";

  @Test
  void aTellerSeesHerQueueAndHerOwnAndNothingElseWithoutAReason() throws Exception {
    Timestamp started = new Timestamp(System.currentTimeMillis() - 1000);
    String aliceToken = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String withAssistant = start(aliceToken);
    String queued = start(aliceToken);
    handover(aliceToken, queued);

    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    String console = tessa.browse(base("console/")).body();
    assertTrue(console.contains(queued), "the queue is hers to see");
    assertFalse(console.contains(withAssistant), "a conversation with the assistant is not");

    // Neither in the queue nor assigned: refused, and the page asks for a reason instead.
    String refused = conversationPage(tessa, withAssistant);
    assertFalse(refused.contains(TRANSCRIPT), refused);
    assertTrue(refused.contains("Write down why you need this"), refused);
    assertTrue(refused.contains(REASON_FORM), refused);
    assertEquals(1, denials("tessa", "CONVERSATION_VIEW", withAssistant, started));

    // A customer she does not serve: refused without a reason.
    String customer = tessa.browse(customerPage()).body();
    assertFalse(customer.contains("Recent transactions"), customer);
    assertTrue(customer.contains(REASON_FORM), customer);

    // Once assigned to her (she claims it from the queue): she serves it and sees the customer.
    String claimed =
        tessa
            .submit(base("console/conversation.xhtml?id=" + queued), "serve", "serve:claim")
            .body();
    assertTrue(claimed.contains("You serve this conversation now."), claimed);
    String served = tessa.browse(customerPage()).body();
    assertTrue(served.contains("Recent transactions"), served);
    assertTrue(served.contains("Current Account"), served);

    // Served by someone else: a supervisor claims one; the teller may not serve it, even to read.
    String samsOwn = start(aliceToken);
    handover(aliceToken, samsOwn);
    KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
    sam.submit(base("console/conversation.xhtml?id=" + samsOwn), "serve", "serve:claim");
    assertFalse(conversationPage(tessa, samsOwn).contains(TRANSCRIPT));
    assertFalse(tessa.browse(base("console/")).body().contains(samsOwn));

    // With a written reason she may read it (not serve it); the reason is audited once.
    String withReason =
        tessa
            .submitWith(
                base("console/conversation.xhtml?id=" + samsOwn),
                "access",
                "access:open-with-reason",
                Map.of("access:access-reason", "Complaint review CASE-2026-0117"))
            .body();
    assertTrue(withReason.contains(TRANSCRIPT), withReason);
    assertFalse(withReason.contains("id=\"serve:reply\""), "reading is not serving");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'ACCESS_WITH_REASON'"
                + " and actor = 'staff:tessa' and conversation_id = ? and payload like ?",
            UUID.fromString(samsOwn),
            "%CASE-2026-0117%"));
    assertTrue(conversationPage(tessa, samsOwn).contains(TRANSCRIPT), "the reason lasts a while");

    // Search by value: a teller needs a reason; a supervisor does not.
    Map<String, String> search = Map.of("search:value", "DE89370400440532013000");
    String noReason = tessa.submitWith(base("console/"), "search", "search:find", search).body();
    assertTrue(noReason.contains("Write down why you need this"), noReason);
    String withSearchReason =
        tessa
            .submitWith(
                base("console/"),
                "search",
                "search:find",
                Map.of(
                    "search:value",
                    "DE89370400440532013000",
                    "search:reason",
                    "Fraud report CASE-2026-0042"))
            .body();
    assertTrue(withSearchReason.contains("Conversations mentioning this value:"), withSearchReason);
    assertTrue(
        sam.submitWith(base("console/"), "search", "search:find", search)
            .body()
            .contains("Conversations mentioning this value:"));

    // A supervisor sees everything without a reason.
    assertTrue(conversationPage(sam, withAssistant).contains(TRANSCRIPT));
    assertTrue(sam.browse(base("console/")).body().contains(withAssistant));
    assertTrue(sam.browse(customerPage()).body().contains("Recent transactions"));

    String resolved =
        tessa
            .submit(base("console/conversation.xhtml?id=" + queued), "serve", "serve:resolve")
            .body();
    assertTrue(resolved.contains("Resolved."), resolved);
    assertFalse(resolved.contains(TRANSCRIPT), "no longer hers to see");
  }

  private String conversationPage(KeycloakLogin staff, String id) {
    HttpResponse<String> page = staff.browse(base("console/conversation.xhtml?id=" + id));
    assertEquals(200, page.statusCode(), page.body());
    return page.body();
  }

  private String customerPage() {
    return base("console/customer.xhtml?customer=" + ALICE_CUSTOMER_ID);
  }

  private static long denials(String staff, String resource, String conversation, Timestamp since)
      throws Exception {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = 'ACCESS_DENIED' and actor = ?"
            + " and conversation_id = ? and occurred_at >= ? and payload like ?",
        "staff:" + staff,
        UUID.fromString(conversation),
        since,
        "%\"resource\":\"" + resource + "\"%");
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private void handover(String token, String id) {
    HttpResponse<String> queued =
        Http.postJson(api("conversations/" + id + "/handover"), token, "");
    assertEquals(200, queued.statusCode(), queued.body());
  }
}
