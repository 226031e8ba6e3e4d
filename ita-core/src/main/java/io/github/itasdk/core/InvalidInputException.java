package io.github.itasdk.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An assessment input (built in Java or read from JSON) was rejected. Carries every problem found,
 * each with its location, so a caller can fix them all at once.
 */
public class InvalidInputException extends ItaException {
  private static final long serialVersionUID = 1L;
  private final List<Problem> problems;

  /** @param problems every problem found in an assessment input; at least one */
  public InvalidInputException(List<Problem> problems) {
    this("Invalid assessment input", problems);
  }

  /**
   * @param what what was rejected, e.g. {@code Invalid cohort CSV}
   * @param problems every problem found; at least one
   */
  public InvalidInputException(String what, List<Problem> problems) {
    super(describe(what, problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found, in the order found; never empty */
  public List<Problem> problems() {
    return problems;
  }

  static String describe(String title, List<Problem> problems) {
    return title + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
  }
}
