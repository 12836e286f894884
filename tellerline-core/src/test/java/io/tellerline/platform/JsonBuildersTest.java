package io.tellerline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class JsonBuildersTest {

  @Test
  void buildsTheSameJsonAsJsonItself() {
    String ours =
        JsonBuilders.object()
            .add("intent", "balance")
            .add("confidence", 0.93)
            .add("alternatives", JsonBuilders.array().add("fees").add(1))
            .addNull("gatedBy")
            .build()
            .toString();
    String theirs =
        Json.createObjectBuilder()
            .add("intent", "balance")
            .add("confidence", 0.93)
            .add("alternatives", Json.createArrayBuilder().add("fees").add(1))
            .addNull("gatedBy")
            .build()
            .toString();
    assertEquals(theirs, ours);
    assertEquals(
        "{\"intent\":\"balance\",\"confidence\":0.93,\"alternatives\":[\"fees\",1],\"gatedBy\":null}",
        ours);
  }

  @Test
  void buildersAreIndependent() {
    jakarta.json.JsonObjectBuilder first = JsonBuilders.object().add("a", 1);
    jakarta.json.JsonObjectBuilder second = JsonBuilders.object().add("b", 2);
    assertEquals("{\"a\":1}", first.build().toString());
    assertEquals("{\"b\":2}", second.build().toString());
  }
}
