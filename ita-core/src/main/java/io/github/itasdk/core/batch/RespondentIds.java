package io.github.itasdk.core.batch;

/**
 * The respondents of one agency's survey seen by one thread: 64-bit fingerprints of their ids with the
 * line each was first seen on, to find duplicates. The only memory that grows with respondents (12
 * bytes a slot, at most 3/4 full: 40 to 80 MB for 2.5 million respondents); a caller can switch the
 * check off. One small table per agency and survey stays in cache while that agency's rows stream by;
 * tables of the same agency filled by different threads are merged at the end.
 */
final class RespondentIds {
  private long[] keys = new long[16];
  private int[] lines = new int[16];
  private int size;

  /**
   * Records a respondent.
   *
   * @return the other line the same fingerprint was seen on, or -1 when it is new; of two lines the
   *     smaller is kept, so that which thread came first changes no message
   */
  long add(long fingerprint, long line) {
    long fp = fingerprint == 0 ? 1 : fingerprint;
    int mask = keys.length - 1;
    int i = (int) (fp ^ (fp >>> 32)) & mask;
    while (keys[i] != 0) {
      if (keys[i] == fp) {
        long other = lines[i];
        if (line < other) {
          lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        }
        return other;
      }
      i = (i + 1) & mask;
    }
    keys[i] = fp;
    lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
    if (++size * 4L > keys.length * 3L) {
      grow();
    }
    return -1;
  }

  /** Adds every respondent of {@code other}; {@code duplicate} gets (smaller line, larger line) of each clash. */
  void merge(RespondentIds other, java.util.function.BiConsumer<Long, Long> duplicate) {
    for (int j = 0; j < other.keys.length; j++) {
      if (other.keys[j] != 0) {
        long line = other.lines[j];
        long first = add(other.keys[j], line);
        if (first >= 0) {
          duplicate.accept(Math.min(first, line), Math.max(first, line));
        }
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldLines = lines;
    keys = new long[oldKeys.length * 2];
    lines = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long fp = oldKeys[j];
      if (fp != 0) {
        int i = (int) (fp ^ (fp >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = fp;
        lines[i] = oldLines[j];
      }
    }
  }
}
