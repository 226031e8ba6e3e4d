package io.github.itasdk.cli;

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
    List<String> unknown = new ArrayList<>();
    options.forEach(o -> {
      if (!k.contains(o[0])) {
        unknown.add(o[0]);
      }
    });
    flags.stream().filter(f -> !k.contains(f)).forEach(unknown::add);
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
    return options.stream().filter(o -> o[0].equals(name)).map(o -> o[1]).toList();
  }

  List<String> positionals() {
    return positionals;
  }

  void noPositionals() {
    if (!positionals.isEmpty()) {
      throw new Main.UsageException("unexpected argument(s) " + positionals);
    }
  }

  static java.math.BigDecimal bigDecimal(String text, String what) {
    try {
      return new java.math.BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new Main.UsageException(what + " must be a number, got [" + text + "]");
    }
  }

  static double decimal(String text, String what) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new Main.UsageException(what + " must be a number, got [" + text + "]");
    }
  }

  static int integer(String text, String what) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new Main.UsageException(what + " must be a whole number, got [" + text + "]");
    }
  }
}
