package io.github.itasdk.core;

import java.io.IOException;

/**
 * An input could not be read at all: the stream or file failed (a disk error, a closed stream, a
 * directory given as a file). Not a problem of the input's content — that is an
 * {@link InvalidInputException} — so a caller may retry or report it as an I/O failure.
 */
public class UnreadableInputException extends ItaException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source what was being read, e.g. a file name or {@code the input document}
   * @param cause the I/O failure
   */
  public UnreadableInputException(String source, IOException cause) {
    super("Could not read " + source + ": " + describe(cause), cause);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
