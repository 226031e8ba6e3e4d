package io.github.itasdk.cli;

import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rubrics one command line can use: the shipped years plus every {@code --rubric-file FILE} (any
 * command takes it). A file's rubric is validated as the shipped years are, and wins over a shipped
 * rubric with the same id.
 */
final class RubricChoice {
  /** The option every command takes. */
  static final String OPTION = "--rubric-file";

  private final List<Rubric> files;

  private RubricChoice(List<Rubric> files) {
    this.files = List.copyOf(files);
  }

  /** @return the shipped years only */
  static RubricChoice shipped() {
    return new RubricChoice(List.of());
  }

  /**
   * @param args the command line
   * @return the shipped years and the rubric files it names
   * @throws IOException when a file cannot be read
   * @throws io.github.itasdk.core.InvalidRubricException when a file is not a valid rubric
   */
  static RubricChoice of(Args args) throws IOException {
    List<Rubric> loaded = new ArrayList<>();
    for (String f : args.options(OPTION)) {
      loaded.add(Rubrics.load(Path.of(f)));
    }
    return new RubricChoice(loaded);
  }

  /** @return the rubrics read from {@code --rubric-file}, in the order given */
  List<Rubric> files() {
    return files;
  }

  Optional<Rubric> find(String id) {
    // as all() finds it, without reading the shipped years the id does not name
    Optional<Rubric> file = files.stream().filter(r -> r.id().equals(id)).findFirst();
    return file.isPresent() ? file : Rubrics.find(id);
  }

  Rubric forId(String id) {
    if (files.isEmpty()) {
      return Rubrics.forId(id);
    }
    return find(id).orElseThrow(() -> new ItaException("No rubric [" + id + "]; available: "
        + all().stream().map(Rubric::id).collect(Collectors.joining(", ")) + " (shipped, and from " + OPTION + ")"));
  }

  Rubric forFiscalYear(int fiscalYear) {
    if (files.isEmpty()) {
      return Rubrics.forFiscalYear(fiscalYear);
    }
    int be = fiscalYear < 2400 ? fiscalYear + 543 : fiscalYear;
    return all().stream().filter(r -> r.fiscalYear() == be).findFirst().orElseThrow(() -> new ItaException(
        "No rubric for fiscal year " + fiscalYear + "; available: " + all().stream().map(r -> Integer.toString(r.fiscalYear()))
            .collect(Collectors.joining(", ")) + " (B.E.; shipped, and from " + OPTION + ")"));
  }

  /** @return the $.rubric problem of an input naming a rubric neither shipped nor given */
  String noRubric(String id) {
    return "no rubric [" + id + "]; " + (files.isEmpty() ? "shipped: " : "available: ")
        + all().stream().map(Rubric::id).collect(Collectors.joining(", "))
        + (files.isEmpty() ? "" : " (shipped, and from " + OPTION + ")") + "; " + Rubrics.HOW_TO_LOAD;
  }

  /** @return the files' rubrics, then every shipped rubric whose id no file replaces */
  List<Rubric> all() {
    return Stream.concat(files.stream(), Rubrics.all().stream()
        .filter(s -> files.stream().noneMatch(f -> f.id().equals(s.id())))).toList();
  }
}
