package io.github.itasdk.core;

import java.util.Objects;

/**
 * One problem found in an input or a rubric: where it is and what is wrong.
 *
 * <p>The location is a JSON path such as {@code $.surveys[0].respondents[3].answers.i4[1]} for
 * inputs, or a rubric path such as {@code ITA-2566/tools[IIT]/indicators[1]/i4} for rubric data.
 *
 * @param location where the problem is; never null
 * @param message what is wrong, with the offending value and the allowed range where there is one
 */
public record Problem(String location, String message) {
  /** Validates that both parts are present. */
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
