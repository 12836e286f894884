package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assistant answers FAQs from published knowledge-base articles (Lucene full-text search),
 * citing article and version, in the customer's language; a supervisor publishes a new version in
 * the console and the next answer cites it; a teller may draft but not publish.
 */
class KnowledgeBaseIT extends OnPayaraMicro {

  @Test
  void answersCiteThePublishedVersionAndFollowANewPublication() throws Exception {
    DemoUser alice = DemoUser.named(DemoUser.ALICE);
    String before = firstAnswer(alice, "What does the current account cost per month?");
    assertTrue(
        before.contains("Source: \"Account fees\" (knowledge base article account-fees"), before);
    int version = version();
    assertTrue(before.contains("version " + version + ")"), before);

    String german =
        firstAnswer(DemoUser.named(DemoUser.BASTIAN), "Was kostet das Girokonto im Monat?");
    assertTrue(german.contains("Quelle: „Kontoführungsgebühren“"), german);

    String page = base("console/knowledge.xhtml");
    Map<String, String> revision =
        Map.of(
            "editor:slug",
            "account-fees",
            "editor:language",
            "en",
            "editor:intent",
            "fees",
            "editor:title",
            "Account fees",
            "editor:body",
            "From next month the Current Account costs €5.90 a month.\n\nEverything else stays.");
    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    String drafted = tessa.submitWith(page, "editor", "editor:save", revision).body();
    assertTrue(
        drafted.contains("Draft saved: account-fees (en) version " + (version + 1)), drafted);
    assertFalse(drafted.contains("editor:publish"), "a teller has no publish button");
    assertTrue(
        firstAnswer(alice, "What does the current account cost per month?")
            .contains("version " + version + ")"),
        "drafts are not used");

    KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
    String published = sam.submitWith(page, "editor", "editor:publish", revision).body();
    assertTrue(
        published.contains("Published: account-fees (en) version " + (version + 1)), published);

    String after = firstAnswer(alice, "What does the current account cost per month?");
    assertTrue(after.contains("€5.90 a month"), after);
    assertTrue(after.contains("version " + (version + 1) + ")"), after);
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from kb_article where slug = 'account-fees' and language = 'en' and status = 'PUBLISHED'"));
    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type = 'AI_DECISION'"
                    + " and payload like '%\"responseTemplate\":\"kb:account-fees@v"
                    + (version + 1)
                    + "\"%'")
            >= 1);
  }

  private static int version() throws Exception {
    return ((Number)
            BankDatabase.single(
                "select version from kb_article where slug = 'account-fees' and language = 'en'"
                    + " and status = 'PUBLISHED'"))
        .intValue();
  }
}
