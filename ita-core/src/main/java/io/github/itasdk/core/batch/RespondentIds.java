package io.github.itasdk.core.batch;

import java.util.Arrays;

/**
 * The respondents of one agency's survey seen by one thread: 64-bit fingerprints of their ids with the
 * line each was first seen on, to find duplicates. The only memory that grows with respondents; a caller
 * can switch the check off. An agency whose rows come in one run (the usual export) is checked in the
 * thread's {@link Run} and left behind as a plain list, 8 bytes a respondent when its rows are
 * consecutive lines (16 otherwise); one whose rows come back after other agencies' rows becomes a hash
 * table (16 bytes a slot, at most 3/4 full). Lists and tables of the same agency filled by different
 * threads are merged at the end.
 */
final class RespondentIds {
  private long[] keys;
  /** Per entry, its line; null in a list of consecutive lines from {@link #firstLine}. */
  private long[] lines;
  private long firstLine;
  private int size;
  /** True once {@link #keys} is an open-addressing table (0 = empty slot); false while it is a list. */
  private boolean table;

  private RespondentIds(long[] keys, long[] lines, long firstLine, int size, boolean table) {
    this.keys = keys;
    this.lines = lines;
    this.firstLine = firstLine;
    this.size = size;
    this.table = table;
  }

  private long line(int j) {
    return lines == null ? firstLine + j : lines[j];
  }

  /** @return the respondents recorded */
  int size() {
    return size;
  }

  /**
   * Records a respondent.
   *
   * @return the other line the same fingerprint was seen on, or -1 when it is new; of two lines the
   *     smaller is kept, so that which thread came first changes no message
   */
  long add(long fingerprint, long line) {
    if (!table) {
      toTable();
    }
    long fp = fingerprint == 0 ? 1 : fingerprint;
    int mask = keys.length - 1;
    int i = (int) (fp ^ (fp >>> 32)) & mask;
    while (keys[i] != 0) {
      if (keys[i] == fp) {
        long other = lines[i];
        if (line < other) {
          lines[i] = line;
        }
        return other;
      }
      i = (i + 1) & mask;
    }
    keys[i] = fp;
    lines[i] = line;
    if (++size * 4L > keys.length * 3L) {
      rehash(keys.length * 2);
    }
    return -1;
  }

  /**
   * Adds every respondent of {@code other}; {@code repeat} gets the fingerprint and the later line of each
   * respondent both hold.
   */
  void merge(RespondentIds other, java.util.function.BiConsumer<Long, Long> repeat) {
    for (int j = 0; j < (other.table ? other.keys.length : other.size); j++) {
      if (other.keys[j] != 0) {
        long line = other.line(j);
        long first = add(other.keys[j], line);
        if (first >= 0) {
          repeat.accept(other.keys[j], Math.max(first, line));
        }
      }
    }
  }

  /** @return the (first) line of the respondent with this fingerprint; -1 when there is none */
  long lineOf(long fingerprint) {
    long fp = fingerprint == 0 ? 1 : fingerprint;
    if (!table) {
      for (int j = 0; j < size; j++) {
        if (keys[j] == fp) {
          return line(j);
        }
      }
      return -1;
    }
    int mask = keys.length - 1;
    for (int i = (int) (fp ^ (fp >>> 32)) & mask; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == fp) {
        return lines[i];
      }
    }
    return -1;
  }

  private void toTable() {
    int capacity = 16;
    while (capacity * 3L < size * 4L + 4) {
      capacity <<= 1;
    }
    table = true;
    rehash(capacity);
  }

  /** Puts every entry (of the list, or of the table) into a table of {@code capacity} slots. */
  private void rehash(int capacity) {
    long[] oldKeys = keys;
    long[] oldLines = lines;
    long oldFirst = firstLine;
    int n = oldKeys.length;
    keys = new long[capacity];
    lines = new long[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < n; j++) {
      long fp = oldKeys[j];
      if (fp != 0) {
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = fp;
        lines[i] = oldLines == null ? oldFirst + j : oldLines[j];
      }
    }
  }

  /**
   * One thread's respondents of the agency survey it is reading now: a table reused from one agency to
   * the next (a generation number empties it), so an agency whose rows come together costs no table of
   * its own; {@link #finish()} leaves them behind as a list.
   */
  static final class Run {
    private int[] slotGeneration = new int[1024];
    private int[] slotEntry = new int[1024];
    private int generation = 1;
    private long[] keys = new long[256];
    private long[] lines = new long[256];
    private int size;

    /** @see RespondentIds#add */
    long add(long fingerprint, long line) {
      long fp = fingerprint == 0 ? 1 : fingerprint;
      int[] gen = slotGeneration;
      int[] entry = slotEntry;
      int g = generation;
      int mask = gen.length - 1;
      int i = (int) (fp ^ (fp >>> 32)) & mask;
      while (gen[i] == g) {
        int e = entry[i];
        if (keys[e] == fp) {
          long other = lines[e];
          if (line < other) {
            lines[e] = line;
          }
          return other;
        }
        i = (i + 1) & mask;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
      }
      gen[i] = g;
      entry[i] = size;
      keys[size] = fp;
      lines[size] = line;
      if (++size * 2 > gen.length) {
        grow();
      }
      return -1;
    }

    private void grow() {
      slotGeneration = new int[slotGeneration.length * 2];
      slotEntry = new int[slotGeneration.length];
      generation = 1;
      int mask = slotGeneration.length - 1;
      for (int e = 0; e < size; e++) {
        int i = (int) (keys[e] ^ (keys[e] >>> 32)) & mask;
        while (slotGeneration[i] == 1) {
          i = (i + 1) & mask;
        }
        slotGeneration[i] = 1;
        slotEntry[i] = e;
      }
    }

    /** @return the respondents added since the last call, as a list; the run is empty again */
    RespondentIds finish() {
      boolean consecutive = true;
      for (int e = 1; e < size && consecutive; e++) {
        consecutive = lines[e] == lines[0] + e;
      }
      RespondentIds r = new RespondentIds(Arrays.copyOf(keys, size), consecutive ? null : Arrays.copyOf(lines, size),
          size == 0 ? 0 : lines[0], size, false);
      size = 0;
      if (++generation == 0) {
        Arrays.fill(slotGeneration, 0);
        generation = 1;
      }
      return r;
    }
  }
}
