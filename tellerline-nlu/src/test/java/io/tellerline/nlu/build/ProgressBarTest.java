package io.tellerline.nlu.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void withoutATerminalLogsAtMostElevenLinesPerTaskAndNoCarriageReturns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    for (int i = 1; i <= 10_003; i++) {
      bar.update("embedding " + i + "/10003");
    }
    bar.update("maxent");
    bar.update("maxent");
    for (int epoch = 1; epoch <= 30; epoch++) {
      bar.update("regression epoch " + epoch + "/30");
    }
    bar.finish();
    String text = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertFalse(text.contains("\r"));
    assertEquals(11, lines.stream().filter(l -> l.startsWith("embedding ")).count());
    assertEquals("embedding 10003/10003", lines.get(10));
    assertEquals(1, lines.stream().filter(l -> l.equals("maxent")).count());
    assertEquals(11, lines.stream().filter(l -> l.startsWith("regression epoch ")).count());
    assertEquals("regression epoch 30/30", lines.get(lines.size() - 1));
  }
}
