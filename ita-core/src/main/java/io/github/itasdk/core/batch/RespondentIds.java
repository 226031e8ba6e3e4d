package io.github.itasdk.core.batch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * The respondents of one agency's survey seen by one thread: 64-bit fingerprints of their ids with the
 * line each was first seen on, to find duplicates. The only memory that grows with respondents; a caller
 * can switch the check off. An agency whose rows come in one run (the usual export) is checked in the
 * thread's {@link Run} and left behind as a plain list, 8 bytes a respondent when its rows are
 * consecutive lines (16 otherwise); one whose rows come back after other agencies' rows becomes a hash
 * table (16 bytes a slot, at most 3/4 full). Lists and tables of the same agency filled by different
 * threads are merged at the end.
 *
 * <p>A list's fingerprints live outside the Java heap, in the run's direct buffers of about 1 MiB: they
 * are written once, read only when the agency's survey comes back or a repeat is reported, and dropped
 * before the agencies are scored. On the heap, the national file's 2.5 million (20 MB) were copied by the
 * young collections while the file was read (a single-threaded pause of ~30 ms on the serial collector).
 */
final class RespondentIds {
  /** A table's slots (0 = empty), or null for a list. */
  private long[] keys;
  /** A list's fingerprints: {@code size} of them from {@link #at} in a run's buffer; null for a table. */
  private LongBuffer listed;
  private int at;
  /** Per entry (list) or slot (table), its line; null in a list of consecutive lines from {@link #firstLine}. */
  private long[] lines;
  private long firstLine;
  private int size;

  private RespondentIds(LongBuffer listed, int at, long[] lines, long firstLine, int size) {
    this.listed = listed;
    this.at = at;
    this.lines = lines;
    this.firstLine = firstLine;
    this.size = size;
  }

  private long line(int j) {
    return lines == null ? firstLine + j : lines[j];
  }

  /** @return the j-th fingerprint of a list */
  private long listed(int j) {
    return listed.get(at + j);
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
    if (keys == null) {
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
    int n = other.keys != null ? other.keys.length : other.size;
    for (int j = 0; j < n; j++) {
      long fp = other.keys != null ? other.keys[j] : other.listed(j);
      if (fp != 0) {
        long line = other.line(j);
        long first = add(fp, line);
        if (first >= 0) {
          repeat.accept(fp, Math.max(first, line));
        }
      }
    }
  }

  /** @return the (first) line of the respondent with this fingerprint; -1 when there is none */
  long lineOf(long fingerprint) {
    long fp = fingerprint == 0 ? 1 : fingerprint;
    if (keys == null) {
      for (int j = 0; j < size; j++) {
        if (listed(j) == fp) {
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

  /** Turns a list into a table on the heap (the agency's survey came back): the list's buffer is let go. */
  private void toTable() {
    int capacity = 16;
    while (capacity * 3L < size * 4L + 4) {
      capacity <<= 1;
    }
    long[] fps = new long[size];
    long[] ls = new long[size];
    for (int j = 0; j < size; j++) {
      fps[j] = listed(j);
      ls[j] = line(j);
    }
    listed = null;
    fill(fps, ls, capacity);
  }

  /** Puts every entry of the table into a table of {@code capacity} slots. */
  private void rehash(int capacity) {
    fill(keys, lines, capacity);
  }

  /** Makes the table of {@code capacity} slots holding the nonzero {@code fps} with their {@code ls}. */
  private void fill(long[] fps, long[] ls, int capacity) {
    keys = new long[capacity];
    lines = new long[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < fps.length; j++) {
      long fp = fps[j];
      if (fp != 0) {
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = fp;
        lines[i] = ls[j];
      }
    }
  }

  /**
   * One thread's respondents of the agency survey it is reading now: a table reused from one agency to
   * the next (emptied by clearing the slots it used), so an agency whose rows come together costs no table
   * of its own; {@link #finish()} leaves them behind as a list in the run's buffer.
   */
  static final class Run {
    /** Longs per buffer (1 MiB); a larger survey gets a buffer of its own size. */
    private static final int BUFFER_LONGS = 1 << 17;
    private final int bufferLongs;
    /** Fingerprints by hash (0 = empty slot), and each slot's entry. */
    private long[] slots = new long[1024];
    private int[] slotEntry = new int[1024];
    /** Per entry in the order added: fingerprint and line. */
    private long[] keys = new long[256];
    private long[] lines = new long[256];
    private int size;
    private LongBuffer buffer;
    private int used;

    Run() {
      this(BUFFER_LONGS);
    }

    /** @param bufferLongs fingerprints per buffer (small in tests, so that surveys spill into new buffers) */
    Run(int bufferLongs) {
      this.bufferLongs = bufferLongs;
    }

    /** @see RespondentIds#add */
    long add(long fingerprint, long line) {
      long fp = fingerprint == 0 ? 1 : fingerprint;
      long[] s = slots;
      int mask = s.length - 1;
      int i = (int) (fp ^ (fp >>> 32)) & mask;
      for (long k = s[i]; k != 0; k = s[i]) {
        if (k == fp) {
          int e = slotEntry[i];
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
      s[i] = fp;
      slotEntry[i] = size;
      keys[size] = fp;
      lines[size] = line;
      if (++size * 2 > s.length) {
        grow();
      }
      return -1;
    }

    private void grow() {
      slots = new long[slots.length * 2];
      slotEntry = new int[slots.length];
      int mask = slots.length - 1;
      for (int e = 0; e < size; e++) {
        long fp = keys[e];
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = fp;
        slotEntry[i] = e;
      }
    }

    /** @return the respondents added since the last call, as a list; the run is empty again */
    RespondentIds finish() {
      boolean consecutive = true;
      for (int e = 1; e < size && consecutive; e++) {
        consecutive = lines[e] == lines[0] + e;
      }
      if (buffer == null || used + size > buffer.capacity()) {
        buffer = ByteBuffer.allocateDirect(Math.max(bufferLongs, size) * Long.BYTES).order(ByteOrder.nativeOrder())
            .asLongBuffer();
        used = 0;
      }
      buffer.put(used, keys, 0, size);
      RespondentIds r = new RespondentIds(buffer, used, consecutive ? null : Arrays.copyOf(lines, size),
          size == 0 ? 0 : lines[0], size);
      used += size;
      clear();
      return r;
    }

    /** Empties the slots: each entry's slot found again (its probe skips emptied slots), or all when cheaper. */
    private void clear() {
      long[] s = slots;
      if (size * 8 >= s.length) {
        Arrays.fill(s, 0);
      } else {
        int mask = s.length - 1;
        for (int e = 0; e < size; e++) {
          long fp = keys[e];
          int i = (int) (fp ^ (fp >>> 32)) & mask;
          while (s[i] != fp) {
            i = (i + 1) & mask;
          }
          s[i] = 0;
        }
      }
      size = 0;
    }
  }
}
