package io.github.itasdk.core;

import java.util.List;

/**
 * Rubric data failed validation when it was loaded. Every problem names the rubric and the
 * offending id, e.g. {@code ITA-2566/tools[IIT]: duplicate question id [i4]}.
 */
public class InvalidRubricException extends ItaException {
  private static final long serialVersionUID = 1L;
  private final List<Problem> problems;

  /**
   * @param rubricId the rubric that failed, or a file name when the id could not be read
   * @param problems every problem found; at least one
   */
  public InvalidRubricException(String rubricId, List<Problem> problems) {
    super(InvalidInputException.describe("Invalid rubric [" + rubricId + "]", problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem found; never empty */
  public List<Problem> problems() {
    return problems;
  }
}
