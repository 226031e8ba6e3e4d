package io.github.itasdk.cli;

import io.github.itasdk.core.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Minimal argument parsing: {@code --name value} options, {@code --flag}s and positionals. */
final class Args {
  private static final Set<String> FLAGS = Set.of("--help", "-h", "--summary", "--ci", "--check-links", "--oit-check");
  private final List<String> positionals = new ArrayList<>();
  private final List<String[]> options = new ArrayList<>();
  private final List<String> flags = new ArrayList<>();

  Args(String[] argv) {
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (a.startsWith("-") && !a.equals("-") && !a.matches("-\\d+(\\.\\d+)?")) {
        if (FLAGS.contains(a)) {
          flags.add(a);
        } else if (a.contains("=")) {
          options.add(a.split("=", 2));
        } else if (i + 1 < argv.length) {
          options.add(new String[] {a, argv[++i]});
        } else {
          throw new Main.UsageException("option " + a + " needs a value");
        }
      } else {
        positionals.add(a);
      }
    }
  }

  /**
   * Rejects options and flags the command does not know.
   *
   * @param known the command's options and flags, e.g. {@code --format}
   */
  void only(String... known) {
    Set<String> k = new java.util.HashSet<>(List.of(known));
    k.add("--help");
    k.add("-h");
    k.add(RubricChoice.OPTION); // every command can use a rubric file of one's own
    List<String> unknown = new ArrayList<>();
    for (String[] o : options) { // loops, not lambdas: each lambda costs a one-agency command ~0.25 ms to link
      if (!k.contains(o[0])) {
        unknown.add(o[0]);
      }
    }
    for (String f : flags) {
      if (!k.contains(f)) {
        unknown.add(f);
      }
    }
    if (!unknown.isEmpty()) {
      throw new Main.UsageException("unknown option(s) " + unknown + " (known: " + List.of(known) + ")");
    }
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  String option(String name, String fallback) {
    List<String> all = options(name);
    return all.isEmpty() ? fallback : all.get(all.size() - 1);
  }

  List<String> options(String name) {
    List<String> values = new ArrayList<>();
    for (String[] o : options) {
      if (o[0].equals(name)) {
        values.add(o[1]);
      }
    }
    return List.copyOf(values);
  }

  List<String> positionals() {
    return positionals;
  }

  void noPositionals() {
    if (!positionals.isEmpty()) {
      throw new Main.UsageException("unexpected argument(s) " + positionals);
    }
  }

  /**
   * A score-like option (a threshold, a target share): the same rule as every score an input gives,
   * {@link Scores#scoreProblem}.
   */
  static BigDecimal score(String text, String what) {
    String t = text.strip();
    BigDecimal v;
    try {
      if (t.length() > Scores.MAX_NUMBER_CHARS) {
        throw new NumberFormatException();
      }
      v = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new Main.UsageException(what + " must be a number 0 - 100, got [" + shortened(t) + "]");
    }
    Scores.scoreProblem(v).ifPresent(p -> {
      throw new Main.UsageException(what + " " + p);
    });
    return v;
  }

  static double decimal(String text, String what) {
    String t = text.strip();
    try {
      double d = Double.parseDouble(t);
      if (t.length() <= Scores.MAX_NUMBER_CHARS && Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new Main.UsageException(what + " must be a number, got [" + shortened(t) + "]");
  }

  private static String shortened(String t) {
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }

  static int integer(String text, String what) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new Main.UsageException(what + " must be a whole number, got [" + shortened(text) + "]");
    }
  }
}
