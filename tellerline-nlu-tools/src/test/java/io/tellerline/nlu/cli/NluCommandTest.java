package io.tellerline.nlu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as benchmarks and people use it: its output lines and its errors. */
class NluCommandTest {

  private static final String TRAINING =
      """
      text,label
      what is my balance,balance
      how much money is in my account,balance
      show me my current balance,balance
      balance please,balance
      how much have I got left,balance
      what's left on my current account,balance
      block my card,card_block
      please freeze my debit card,card_block
      stop my card right now,card_block
      I want my card blocked,card_block
      can you block the card,card_block
      put a block on my card,card_block
      send 50 euros to Anna,transfer
      transfer money to my landlord,transfer
      pay 20 pounds to Tom,transfer
      make a transfer to my savings,transfer
      I need to send money to my sister,transfer
      wire 100 to this IBAN,transfer
      what's the weather tomorrow,oos
      tell me a joke,oos
      who won the football match,oos
      recommend a pizza place,oos
      how tall is the Eiffel tower,oos
      play some music,oos
      """;

  private static final String TESTING =
      """
      text,label
      how much is on my account,balance
      freeze my card please,card_block
      transfer 30 euros to Ben,transfer
      "what's the capital of France, by the way",oos
      """;

  @TempDir Path directory;

  @Test
  void evaluatePrintsTheFiguresAsBenchmarksReadThem() throws IOException {
    Result result =
        run(
            "evaluate",
            "--train",
            write("train.csv", TRAINING),
            "--test",
            write("test.csv", TESTING),
            "--oos-label",
            "oos",
            "--epochs",
            "5",
            "--maxent-iterations",
            "10");

    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    List<String> patterns =
        List.of(
            "accuracy: [01]\\.\\d{4}",
            "macro_f1: [01]\\.\\d{4}",
            "in_scope_accuracy: [01]\\.\\d{4}",
            "oos_recall: [01]\\.\\d{4}",
            "train_seconds: \\d+\\.\\d",
            "p99_classify_ms: \\d+\\.\\d{2}");
    assertEquals(patterns.size(), lines.size(), result.out());
    for (int i = 0; i < patterns.size(); i++) {
      assertTrue(lines.get(i).matches(patterns.get(i)), lines.get(i));
    }
  }

  @Test
  void aMissingFileIsOneLineNotAStackTrace() throws IOException {
    Path missing = directory.resolve("nowhere.csv");
    Result result =
        run("evaluate", "--train", missing.toString(), "--test", write("t.csv", TESTING));

    assertEquals(1, result.exitCode());
    assertEquals("error: no such file: " + missing, result.lastErrorLine());
  }

  @Test
  void badCsvIsRefusedWithTheLineThatIsWrong() throws IOException {
    assertFails("text,label\nblock my card,card_block,extra\n", "line 2: expected 2 fields");
    assertFails("text,label\n\"block my card,card_block\n", "malformed CSV");
    assertFails("text,label\n,card_block\n", "line 2: empty text or label");
    assertFails("text,label\nblock my card,card_block\nfreeze it,card_block\n", "two labels");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() throws IOException {
    Path latin1 = directory.resolve("latin1.csv");
    Files.write(latin1, "text,label\nÜberweisung,transfer\n".getBytes(StandardCharsets.ISO_8859_1));

    Result result = run("train", "--data", latin1.toString(), "--out", out());

    assertEquals(1, result.exitCode());
    assertEquals("error: the CSV is not UTF-8 text", result.lastErrorLine());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheHeader() throws IOException {
    Result result =
        run(
            "train",
            "--data",
            write("bom.csv", "\uFEFF" + TRAINING),
            "--out",
            out(),
            "--epochs",
            "2",
            "--maxent-iterations",
            "5");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("model: tl-intent-"), result.out());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Result result = run("evaluate", "--train", "a.csv", "--test", "b.csv", "--no-such-option");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("Unknown option: '--no-such-option'"), result.err());
  }

  private void assertFails(String csv, String expected) throws IOException {
    Result result = run("train", "--data", write("bad.csv", csv), "--out", out(), "--epochs", "1");
    assertEquals(1, result.exitCode(), result.err());
    assertTrue(result.lastErrorLine().startsWith("error: "), result.err());
    assertTrue(result.lastErrorLine().contains(expected), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  private String out() {
    return directory.resolve("model.tlm").toString();
  }

  private record Result(int exitCode, String out, String err) {

    /** The last line on standard error (progress lines come before it). */
    String lastErrorLine() {
      List<String> lines = err.strip().lines().toList();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
  }

  /** Runs the command in this JVM with standard output and error captured. */
  private static Result run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exitCode = NluCommand.run(args);
      return new Result(
          exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }
}
