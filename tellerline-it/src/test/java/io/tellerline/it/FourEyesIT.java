package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.ConsoleStepUp;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Four eyes through the real console on Payara Micro with Keycloak: a supervisor cannot publish a
 * draft she last edited, and publishes one a teller edited (both named in the audit log); a
 * compliance officer cannot approve the erasure she asked for, another officer decides it (both
 * named). The approval of an erasure that is carried out is in PersonalDataIT.
 */
class FourEyesIT extends OnPayaraMicro {

  private static final String BASTIAN_CUSTOMER_ID = "a0000000-0000-4000-8000-000000000002";

  @Test
  void aSupervisorPublishesOnlyADraftSomeoneElseLastEdited() throws Exception {
    String slug = "four-eyes-" + UUID.randomUUID().toString().substring(0, 8);
    String page = base("console/knowledge.xhtml");
    Map<String, String> draft =
        Map.of(
            "editor:slug", slug,
            "editor:language", "en",
            "editor:intent", "",
            "editor:title", "Four eyes",
            "editor:body", "A draft the supervisor wrote herself.");
    KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
    String saved = sam.submitWith(page, "editor", "editor:save", draft).body();
    assertTrue(saved.contains("Draft saved: " + slug + " (en) version 1"), saved);

    String refused = sam.submitWith(page, "editor", "editor:publish", draft).body();
    assertTrue(refused.contains("Another person must approve this"), refused);
    assertEquals(0, published(slug), "the same person cannot approve");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'ACCESS_DENIED'"
                + " and actor = 'staff:sam' and payload like ? and payload like ?",
            "%\"decision\":\"SAME_PERSON\"%",
            "%" + slug + "/en/v1%"));

    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    Map<String, String> edited = new java.util.HashMap<>(draft);
    edited.put("editor:body", "The teller's edit of the supervisor's draft.");
    tessa.submitWith(page, "editor", "editor:save", edited);
    String publishedPage = sam.submitWith(page, "editor", "editor:publish", edited).body();
    assertTrue(publishedPage.contains("Published: " + slug + " (en) version 1"), publishedPage);
    assertEquals(1, published(slug));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'CONSOLE_ACTION'"
                + " and actor = 'staff:sam' and payload like ? and payload like ?"
                + " and payload like ?",
            "%\"slug\":\"" + slug + "\"%",
            "%\"lastEditor\":\"tessa\"%",
            "%\"approvedBy\":\"sam\"%"),
        "the publication names the editor and the approver");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from approval where kind = 'ARTICLE_PUBLICATION' and subject = ?"
                + " and requested_by = 'tessa' and decided_by = 'sam' and state = 'APPROVED'",
            slug + "/en/v1"));
  }

  @Test
  void anOfficerCannotApproveTheErasureSheAskedForAnotherOneDecidesIt() throws Exception {
    String page = base("console/compliance/erasure.xhtml");
    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    String requested =
        ConsoleStepUp.withStepUp(
            base(""),
            cora,
            () ->
                cora.submitWith(
                    page,
                    "erasure",
                    "erasure:request",
                    Map.of(
                        "erasure:customer",
                        BASTIAN_CUSTOMER_ID,
                        "erasure:reason",
                        "Erasure request GDPR-2026-0777, four-eyes test")));
    assertTrue(requested.contains("Erasure requested."), requested);
    String request =
        BankDatabase.single(
                "select id from approval where kind = 'CUSTOMER_ERASURE' and subject = ?"
                    + " and requested_by = 'cora' and state = 'PENDING'"
                    + " order by requested_at desc limit 1",
                BASTIAN_CUSTOMER_ID)
            .toString();
    assertTrue(requested.contains(request), "the pending request is listed");
    Map<String, String> chosen = Map.of("decide:request", request);

    String selfApproved = cora.submitWith(page, "decide", "decide:approve", chosen).body();
    assertTrue(selfApproved.contains("Another person must approve this"), selfApproved);
    assertEquals("PENDING", state(request), "the same person cannot approve");
    assertEquals(
        0,
        BankDatabase.count(
            "select count(*) from customer_data_key where customer_id = ?"
                + " and destroyed_at is not null",
            UUID.fromString(BASTIAN_CUSTOMER_ID)),
        "nothing was erased");

    KeycloakLogin adam = new KeycloakLogin(DemoUser.named("adam"));
    String rejected = adam.submitWith(page, "decide", "decide:reject", chosen).body();
    assertTrue(rejected.contains("Rejected."), rejected);
    assertFalse(rejected.contains(request), "no longer waiting");
    assertEquals("REJECTED", state(request));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'APPROVAL_REJECTED'"
                + " and actor = 'staff:adam' and payload like ? and payload like ?",
            "%\"requestedBy\":\"cora\"%",
            "%" + request + "%"));
  }

  private static long published(String slug) throws Exception {
    return BankDatabase.count(
        "select count(*) from kb_article where slug = ? and status = 'PUBLISHED'", slug);
  }

  private static String state(String request) throws Exception {
    return (String)
        BankDatabase.single("select state from approval where id = ?", UUID.fromString(request));
  }
}
