package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A turn's cost does not grow with the conversation (issue 16): the server appends without reading
 * the transcript, and the chat re-reads only the messages after the last one it has.
 */
class TranscriptReadIT extends OnPayaraMicro {

  /** PostgreSQL reports a backend's table statistics at the latest 10 s after it went idle. */
  private static final long STATISTICS_FLUSH_MILLIS = 11_500;

  private static final int EARLIER_MESSAGES = 150;

  private final String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));

  @Test
  void aReaderAsksOnlyForTheMessagesAfterTheLastItHas() {
    String id = started();
    send(id, "hello");

    JsonObject all = transcript(id, "?after=0");
    int last = all.getJsonArray("messages").size();
    assertTrue(last >= 3, all.toString());
    assertEquals(0, transcript(id, "?after=" + last).getJsonArray("messages").size());
    JsonObject fromSecond = transcript(id, "?after=1");
    assertEquals(last - 1, fromSecond.getJsonArray("messages").size());
    assertEquals(2, fromSecond.getJsonArray("messages").getJsonObject(0).getInt("sequence"));
    assertEquals("WITH_ASSISTANT", fromSecond.getString("status"));

    for (String bad : new String[] {"-1", "abc", "1e3", "99999999999"}) {
      HttpResponse<String> refused = Http.get(api("conversations/" + id + "?after=" + bad), token);
      assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
      assertTrue(refused.body().contains("after"), refused.body());
    }
  }

  @Test
  void aTurnInALongConversationDoesNotReadItsTranscript() throws Exception {
    String id = started();
    BankDatabase.update(
        "insert into conversation_message (id, conversation_id, seq, author, body, automated,"
            + " created_at) select gen_random_uuid(), ?::uuid, s, 'SYSTEM', 'earlier message',"
            + " true, now() from generate_series(2, ?) s",
        id,
        EARLIER_MESSAGES + 1);
    BankDatabase.update(
        "update conversation set message_count = ? where id = ?::uuid", EARLIER_MESSAGES + 1, id);
    Thread.sleep(STATISTICS_FLUSH_MILLIS);
    long before = messageRowsRead();

    send(id, "what is my balance?");
    Thread.sleep(STATISTICS_FLUSH_MILLIS);
    long read = messageRowsRead() - before;

    assertTrue(
        read < EARLIER_MESSAGES / 3,
        "a turn read " + read + " message rows of a " + EARLIER_MESSAGES + "-message transcript");
    // The measurement itself can see a transcript read: the whole transcript, read once, shows.
    long beforeWholeRead = messageRowsRead();
    transcript(id, "");
    Thread.sleep(STATISTICS_FLUSH_MILLIS);
    assertTrue(
        messageRowsRead() - beforeWholeRead >= EARLIER_MESSAGES,
        "reading the whole transcript counts its rows");
    JsonObject added = transcript(id, "?after=" + (EARLIER_MESSAGES + 1));
    assertEquals(
        EARLIER_MESSAGES + 2,
        added.getJsonArray("messages").getJsonObject(0).getInt("sequence"),
        "the new message follows the earlier ones");
  }

  private static long messageRowsRead() throws SQLException {
    return BankDatabase.count(
        "select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)"
            + " from pg_stat_user_tables where relname = 'conversation_message'");
  }

  private String started() {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private void send(String id, String text) {
    HttpResponse<String> answered =
        Http.postJson(
            api("conversations/" + id + "/messages"), token, Json.object("text", text).toString());
    assertEquals(200, answered.statusCode(), answered.body());
  }

  private JsonObject transcript(String id, String query) {
    HttpResponse<String> response = Http.get(api("conversations/" + id + query), token);
    assertEquals(200, response.statusCode(), response.body());
    return Json.parse(response.body());
  }
}
