package io.github.itasdk.core.batch;

import io.github.itasdk.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Problems found in the CSV files, each at {@code file:line:column} (column = 1-based cell number).
 * Thread-safe. A file's lines may be given as names to be resolved later ({@link #resolveLines}: see
 * {@link CsvBlocks#deferred}); the order of names is the order of lines.
 *
 * <p>The cap: the run reports the first {@code max} problems in the order responses file (file 0), then OIT
 * file (file 1), by line and cell, whatever the number of threads and however they were timed. So that a
 * wrong file does not produce millions of lines, each file's readers stop once that file has {@code max}
 * problems ({@link #full(int)}); a reader of the responses file finishes the block it is in (up to
 * {@code max} problems of that block) before it stops, so every line before the last problem found was read.
 * The first {@code max} of everything found are then the first {@code max} of the files.
 */
final class CsvProblems {
  /** A problem; {@code messageLine} >= 0: a line number to append to the message (resolved like {@code line}). */
  private record Located(int file, long line, int cell, String name, String message, long messageLine) {}

  /** File, then line, then cell (a class, not composed lambdas: a batch run spins no classes for it). */
  private static final class Order implements Comparator<Located> {
    @Override
    public int compare(Located a, Located b) {
      int c = Integer.compare(a.file(), b.file());
      c = c != 0 ? c : Long.compare(a.line(), b.line());
      return c != 0 ? c : Integer.compare(a.cell(), b.cell());
    }
  }

  private static final Comparator<Located> ORDER = new Order();

  private final List<Located> found = new ArrayList<>();
  private final int max;
  /** Problems found per file. */
  private final int[] perFile = new int[2];
  /** Bit {@code file} set once that file has {@code max} problems: its readers stop. */
  private volatile int fullFiles;
  private final LongUnaryOperator[] lines = {LongUnaryOperator.identity(), LongUnaryOperator.identity()};

  CsvProblems(int max) {
    this.max = max;
  }

  /** @return the cap: how many problems are reported at most */
  int max() {
    return max;
  }

  synchronized void add(int file, String name, long line, int cell, String message) {
    add(file, name, line, cell, message, -1);
  }

  /** A problem whose message ends with the number of line {@code messageLine} of the same file. */
  synchronized void add(int file, String name, long line, int cell, String message, long messageLine) {
    found.add(new Located(file, line, cell, name, message, messageLine));
    if (++perFile[file] >= max) {
      fullFiles |= 1 << file;
    }
  }

  /** Sets how the lines of {@code file} given so far and later are turned into line numbers. */
  synchronized void resolveLines(int file, LongUnaryOperator lineNumber) {
    lines[file] = lineNumber;
  }

  /** @return true once {@code file} (0 responses, 1 OIT) has {@code max} problems: take no more of its lines */
  boolean full(int file) {
    return (fullFiles & (1 << file)) != 0;
  }

  synchronized boolean isEmpty() {
    return found.isEmpty();
  }

  /** @return the first problems in file order, with a last note when more were cut */
  synchronized List<Problem> sorted() {
    List<Located> l = new ArrayList<>(found);
    l.sort(ORDER);
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < Math.min(max, l.size()); i++) {
      out.add(problem(l.get(i)));
    }
    if (l.size() >= max) {
      out.add(new Problem(out.get(out.size() - 1).location(),
          "stopped reading after " + max + " problems; fix these and run again"));
    }
    return out;
  }

  private Problem problem(Located p) {
    LongUnaryOperator number = lines[p.file()];
    return new Problem(p.name() + ":" + number.applyAsLong(p.line()) + ":" + p.cell(),
        p.messageLine() < 0 ? p.message() : p.message() + number.applyAsLong(p.messageLine()));
  }
}
