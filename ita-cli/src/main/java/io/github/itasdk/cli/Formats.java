package io.github.itasdk.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The output formats of every command, named one way: {@code text} (readable text: a table for {@code score},
 * Markdown for the reports — {@code md} is the same format), {@code html}, {@code json}, {@code pdf},
 * {@code docx}. Without {@code --format} the name of the {@code -o} file picks it ({@code .md}, {@code .txt},
 * {@code .html}, {@code .json}, {@code .pdf}, {@code .docx}); a {@code --format} that disagrees with the
 * file's name is a usage error, never a file of one format under the other's name.
 */
final class Formats {
  static final String TEXT = "text";

  private Formats() {}

  /**
   * @param option the {@code --format} value, or null
   * @param outFile the {@code -o} file, or null
   * @param valid the formats the command writes ({@code text} first when it is the default)
   * @param fallback the default
   * @return the format to write, one of {@code valid}
   * @throws Main.UsageException for an unknown format, one the command does not write, or a conflicting pair
   */
  static String choose(String option, String outFile, List<String> valid, String fallback) {
    Optional<String> fromName = Optional.ofNullable(outFile).flatMap(Formats::ofFileName);
    if (option != null) {
      String f = canonical(option);
      if (!valid.contains(f)) {
        throw new Main.UsageException("unknown format [" + option + "] (valid: " + names(valid) + ")");
      }
      if (fromName.isPresent() && !fromName.get().equals(f)) {
        throw new Main.UsageException("--format " + option + " and -o " + outFile + " disagree: a ." + extension(outFile)
            + " file is written as " + fromName.get() + " (change the file name, or leave out --format)");
      }
      return f;
    }
    if (fromName.isPresent()) {
      if (!valid.contains(fromName.get())) {
        throw new Main.UsageException("-o " + outFile + ": this command writes " + names(valid)
            + ", not " + fromName.get() + " (give a file name that ends in one of those, or --format)");
      }
      return fromName.get();
    }
    return fallback;
  }

  /** {@code md} and {@code markdown} are {@code text}; other names as given, in lower case. */
  static String canonical(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.equals("md") || n.equals("markdown") ? TEXT : n;
  }

  /** The format a file's name asks for, if its extension is one of ours. */
  static Optional<String> ofFileName(String file) {
    return Optional.ofNullable(switch (extension(file)) {
      case "md", "markdown", "txt" -> TEXT;
      case "html", "htm" -> "html";
      case "json" -> "json";
      case "pdf" -> "pdf";
      case "docx" -> "docx";
      default -> null;
    });
  }

  private static String extension(String file) {
    String name = java.nio.file.Path.of(file).getFileName() == null ? file : java.nio.file.Path.of(file).getFileName()
        .toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String names(List<String> valid) {
    return String.join(", ", valid.stream().map(f -> f.equals(TEXT) ? "text (or md)" : f).toList());
  }
}
