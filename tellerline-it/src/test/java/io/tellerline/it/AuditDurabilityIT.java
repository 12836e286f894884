package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.infrastructure.AuditLogStore;
import io.tellerline.audit.log.CompactRange;
import io.tellerline.audit.log.SigningKey;
import io.tellerline.audit.log.TreeHead;
import io.tellerline.it.support.AuditLogProgress;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.MicroProcess;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No AI answer leaves the server without its audit event: chat turns are in flight when the server
 * is killed (SIGKILL); after a restart every answer a customer received has its AI_DECISION event,
 * and the tree rebuilt from the events matches the signed tree head.
 */
class AuditDurabilityIT {

  private static final int PORT = 18480;

  @TempDir Path dir;

  @Test
  void everyAnsweredTurnIsAuditedAfterAKillAndTheTreeVerifies() throws Exception {
    List<String> answered = new ArrayList<>();
    int failed = 0;
    try (MicroProcess server = MicroProcess.start(PORT, dir.resolve("first.log"))) {
      String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
      // One conversation per turn: a customer's own messages come one after the other.
      List<String> conversations = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        conversations.add(start(server, token));
      }
      assertEquals(200, say(server, token, conversations.get(0), "hello").statusCode());
      ExecutorService customers = Executors.newFixedThreadPool(6);
      List<Future<HttpResponse<String>>> turns = new ArrayList<>();
      for (String conversation : conversations) {
        turns.add(customers.submit(() -> say(server, token, conversation, "what is my balance?")));
      }
      while (turns.stream().filter(Future::isDone).count() < 8) {
        Thread.sleep(5);
      }
      server.kill();
      for (Future<HttpResponse<String>> turn : turns) {
        try {
          HttpResponse<String> response = turn.get();
          if (response.statusCode() == 200) {
            JsonObject question =
                Json.parse(response.body()).getJsonArray("messages").getJsonObject(0);
            answered.add(question.getString("id"));
          } else {
            failed++;
          }
        } catch (java.util.concurrent.ExecutionException connectionLost) {
          failed++;
        }
      }
      customers.shutdownNow();
    }
    assertTrue(answered.size() >= 8, "some turns were answered before the kill");
    assertTrue(failed > 0, "the kill interrupted turns in flight (else the test proves nothing)");

    try (MicroProcess restarted = MicroProcess.start(PORT, dir.resolve("second.log"))) {
      for (String messageId : answered) {
        assertEquals(
            1,
            BankDatabase.count(
                "select count(*) from audit_event where event_type = 'AI_DECISION'"
                    + " and payload::jsonb ->> 'messageId' = ?",
                messageId),
            "answered turn " + messageId + " has its audit event");
      }
      assertTreeMatchesItsSignedHead();
    }
  }

  private static String start(MicroProcess server, String token) {
    return Json.parse(
            Http.post(server.base() + "api/conversations", token, "application/json", "").body())
        .getString("id");
  }

  private static HttpResponse<String> say(
      MicroProcess server, String token, String conversation, String text) {
    return Http.postJson(
        server.base() + "api/conversations/" + conversation + "/messages",
        token,
        Json.object("text", text).toString());
  }

  private static void assertTreeMatchesItsSignedHead() throws Exception {
    AuditLogProgress.waitUntilEverythingIsSigned();
    TreeHead head;
    try (Connection connection = BankDatabase.connect()) {
      head = new AuditLogStore(connection).latestHead().orElseThrow();
    }
    try (Connection connection = BankDatabase.connect()) {
      connection.setAutoCommit(false);
      byte[] key = new AuditLogStore(connection).publicKeys().get(head.keyId());
      assertTrue(SigningKey.verify(key, head), "the tree head's signature");
      CompactRange rebuilt = new CompactRange();
      try (PreparedStatement query =
          connection.prepareStatement(
              "select l.event_seq, e.id, e.occurred_at, e.event_type, e.actor, e.conversation_id,"
                  + " e.payload, l.leaf_index from audit_leaf l join audit_event e"
                  + " on e.seq = l.event_seq where l.leaf_index < ? order by l.leaf_index")) {
        query.setLong(1, head.size());
        query.setFetchSize(500);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            rebuilt.append(AuditLogStore.record(rows.getLong(8), rows).leafHash());
          }
        }
      }
      assertEquals(head.size(), rebuilt.size());
      assertArrayEquals(head.rootHash(), rebuilt.root(), "events rebuild the signed root");
    }
  }
}
