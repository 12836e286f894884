package io.tellerline.nlu.cli;

import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A one-line progress display on stderr for status lines like "embedding 120/10003". */
final class ProgressBar {

  private static final Pattern COUNT = Pattern.compile("(.*?)(\\d+)/(\\d+)$");
  private static final int WIDTH = 30;
  private final PrintStream out;
  private long lastPrinted;
  private String lastTask = "";

  ProgressBar(PrintStream out) {
    this.out = out;
  }

  synchronized void update(String status) {
    Matcher m = COUNT.matcher(status);
    String task = m.matches() ? m.group(1).strip() : status;
    long now = System.nanoTime();
    boolean done = m.matches() && m.group(2).equals(m.group(3));
    if (task.equals(lastTask) && !done && now - lastPrinted < 200_000_000L) {
      return;
    }
    lastPrinted = now;
    if (!task.equals(lastTask) && !lastTask.isEmpty()) {
      out.println();
    }
    lastTask = task;
    if (m.matches()) {
      double share = Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(3));
      int filled = (int) Math.round(share * WIDTH);
      out.printf(
          "\r%-28s [%s%s] %s/%s",
          task, "#".repeat(filled), " ".repeat(WIDTH - filled), m.group(2), m.group(3));
    } else {
      out.printf("\r%s", task);
    }
    out.flush();
  }

  void finish() {
    if (!lastTask.isEmpty()) {
      out.println();
    }
    lastTask = "";
  }
}
