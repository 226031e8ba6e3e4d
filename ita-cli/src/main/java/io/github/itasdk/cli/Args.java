package io.github.itasdk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Minimal argument parsing: {@code --name value} options, {@code --flag}s and positionals. */
final class Args {
  private static final Set<String> FLAGS = Set.of("--help", "-h", "--summary", "--ci");
  private final List<String> positionals = new ArrayList<>();
  private final List<String[]> options = new ArrayList<>();
  private final List<String> flags = new ArrayList<>();

  Args(String[] argv) {
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (a.startsWith("-") && !a.equals("-")) {
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
