package io.github.itasdk.core.batch;

import io.github.itasdk.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Problems found in the CSV files, each at {@code file:line:column} (column = 1-based cell number).
 * Thread-safe; stops accepting after a cap so that a wrong file does not produce millions of lines.
 */
final class CsvProblems {
  private record Located(int file, long line, int cell, Problem problem) {}

  private static final Comparator<Located> ORDER = Comparator.comparingInt(Located::file)
      .thenComparingLong(Located::line).thenComparingInt(Located::cell);

  private final List<Located> found = new ArrayList<>();
  private final int max;
  private volatile boolean full;

  CsvProblems(int max) {
    this.max = max;
  }

  synchronized void add(int file, String name, long line, int cell, String message) {
    found.add(new Located(file, line, cell, new Problem(name + ":" + line + ":" + cell, message)));
    if (found.size() >= max) {
      full = true;
    }
  }

  /** @return true once the cap is reached: stop reading */
  boolean full() {
    return full;
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
      out.add(l.get(i).problem());
    }
    if (full) {
      out.add(new Problem(l.get(Math.min(max, l.size()) - 1).problem().location(),
          "stopped reading after " + max + " problems; fix these and run again"));
    }
    return out;
  }
}
