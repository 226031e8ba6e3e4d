package io.github.itasdk.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file all or nothing: into a temporary file in the target's directory, moved into
 * place only once complete. A run that fails (bad input, a full disk, a bug) leaves no file and never
 * a partial one, and an existing file is replaced only by a complete new one. Every command that
 * writes a file ({@code -o}) goes through here, whatever the format (text, JSON lines, PDF …).
 *
 * <pre>{@code
 * Output.write(Path.of("report.md"), text);
 * Output.write(Path.of("cards.jsonl"), out -> scorer.score(..., card -> out.write(...)));
 * }</pre>
 */
final class Output {
  private Output() {}

  /** What fills the file; it may throw anything, and then nothing is left behind. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * @param target the file to create or replace
   * @param text the whole content, written as UTF-8
   * @throws IOException naming the target when its directory is missing or it cannot be written
   */
  static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * @param target the file to create or replace
   * @param body writes the content
   * @throws IOException naming the target when its directory is missing or it cannot be written; whatever
   *     {@code body} throws, after removing the temporary file
   */
  static void write(Path target, Body body) throws IOException {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException(target + ": the directory " + dir + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new IOException(target + " is a directory: give a file name");
    }
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".part");
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
