package io.tellerline.nlu.build;

import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress on stderr for status lines like "embedding 120/10003". On a terminal, one line redrawn
 * in place (at most five times a second); otherwise (CI logs, redirected output), where a carriage
 * return does not redraw anything, a plain line at the start and at every tenth of a task, so at
 * most eleven lines per task, and one line for a status without a count.
 */
public final class ProgressBar {

  private static final Pattern COUNT = Pattern.compile("(.*?)(\\d+)/(\\d+)$");
  private static final int WIDTH = 30;
  private static final int STEPS = 10;
  private final PrintStream out;
  private final boolean interactive;
  private long lastPrinted;
  private String lastTask = "";
  private int lastStep = -1;

  public ProgressBar(PrintStream out) {
    this(out, System.console() != null);
  }

  /**
   * @param interactive whether {@code out} is a terminal that redraws a line on carriage return
   */
  public ProgressBar(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  public synchronized void update(String status) {
    if (interactive) {
      redraw(status);
    } else {
      log(status);
    }
  }

  private void log(String status) {
    Matcher m = COUNT.matcher(status);
    String task = m.matches() ? m.group(1).strip() : status;
    boolean newTask = !task.equals(lastTask);
    lastTask = task;
    if (!m.matches()) {
      if (newTask) {
        out.println(task);
      }
      return;
    }
    long done = Long.parseLong(m.group(2));
    long total = Long.parseLong(m.group(3));
    int step = total == 0 ? STEPS : (int) Math.min(STEPS, done * STEPS / total);
    if (newTask || step > lastStep) {
      lastStep = step;
      out.println(task + " " + done + "/" + total);
    }
  }

  private void redraw(String status) {
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

  public synchronized void finish() {
    if (interactive && !lastTask.isEmpty()) {
      out.println();
    }
    lastTask = "";
    lastStep = -1;
  }
}
