package io.github.itasdk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Runs jshell for {@code ita jshell}. An interactive session (a terminal, no script) gets the terminal as
 * is. A script, or a session fed on standard input, has its output passed through and watched: jshell
 * reports a failing snippet ("|  Exception …", "|  Error:") and still exits 0, so a run in which any
 * snippet failed exits {@link Main#INVALID} instead — a script that throws fails its caller (CI, make).
 */
final class JshellRun {
  /**
   * How jshell reports a snippet that threw or did not compile: in a script, "Exception java…" or
   * "Error:" at the start of a line; in a session, the same after "|  ", possibly behind the prompt.
   */
  static final Pattern FAILURE = Pattern.compile("^(jshell>[ \\x08]*)?(\\|  )?(Exception [\\w.$]+|Error:|Caused by: )");

  private JshellRun() {}

  static int run(List<String> command, boolean interactive, InputStream stdin, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    if (interactive) {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
    Process p = new ProcessBuilder(command).start();
    AtomicBoolean failed = new AtomicBoolean();
    Thread feed = new Thread(() -> {
      try (OutputStream to = p.getOutputStream()) {
        stdin.transferTo(to);
      } catch (IOException e) {
        // jshell ended (e.g. /exit) before reading all of standard input
      }
    }, "jshell-stdin");
    feed.setDaemon(true);
    feed.start();
    Thread errors = watch(p.getErrorStream(), err, failed);
    watch(p.getInputStream(), out, failed).join();
    errors.join();
    int status = p.waitFor();
    if (status == Main.OK && failed.get()) {
      err.println("ita jshell: a snippet failed (see above); exit status " + Main.INVALID);
      return Main.INVALID;
    }
    return status;
  }

  private static Thread watch(InputStream from, PrintStream to, AtomicBoolean failed) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          to.println(line);
          if (FAILURE.matcher(line).find()) {
            failed.set(true);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "jshell-output");
    t.start();
    return t;
  }
}
