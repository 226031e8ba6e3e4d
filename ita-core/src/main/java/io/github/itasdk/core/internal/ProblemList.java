package io.github.itasdk.core.internal;

import io.github.itasdk.core.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of problems that keeps the first {@value #MAX} and counts the rest, so that a hostile input
 * (a million bad answers) costs neither the memory of a million messages nor a message of megabytes.
 */
public final class ProblemList extends ArrayList<Problem> {
  private static final long serialVersionUID = 1L;
  /** The most problems kept. */
  public static final int MAX = 1000;
  private long dropped;

  @Override
  public boolean add(Problem p) {
    if (size() >= MAX) {
      dropped++;
      return false;
    }
    return super.add(p);
  }

  /**
   * Adds a problem at {@code index}, as if it had been added when the list held {@code index} problems: the
   * first {@value #MAX} in that order are kept, the rest counted.
   */
  @Override
  public void add(int index, Problem p) {
    if (index >= MAX) {
      dropped++;
      return;
    }
    super.add(index, p);
    if (size() > MAX) {
      remove(size() - 1);
      dropped++;
    }
  }

  /** @return the problems kept, with a last note saying how many more there were */
  public List<Problem> done() {
    List<Problem> out = new ArrayList<>(this);
    if (dropped > 0) {
      out.add(new Problem("$", dropped + " more problems not listed; fix these and read the input again"));
    }
    return out;
  }
}
