package io.github.itasdk.core;

/**
 * The root of every exception the ITA SDK throws. Unchecked: a caller that wants to handle SDK
 * failures catches this one type; {@link InvalidInputException} and {@link InvalidRubricException}
 * add the list of problems.
 */
public class ItaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what went wrong, naming the offending value */
  public ItaException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ItaException(String message, Throwable cause) {
    super(message, cause);
  }
}
