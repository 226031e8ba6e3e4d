package io.github.itasdk.core.engine;

/**
 * The respondents seen so far, as 64-bit fingerprints of (agency, survey, respondent id) with the line
 * each was first seen on, to find duplicates across threads. The only memory that grows with
 * respondents: 12 bytes a slot, a table at most 3/4 full (40 to 80 MB for 2.5 million respondents); a caller
 * can switch the check off. Striped locks keep two threads from waiting on each other.
 */
final class RespondentIds {
  private static final int STRIPES = 64;
  private final Stripe[] stripes = new Stripe[STRIPES];

  RespondentIds() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
  }

  /**
   * Records a respondent.
   *
   * @return the other line the same fingerprint was seen on, or -1 when it is new; of two lines the
   *     smaller is kept, so that which thread came first changes no message
   */
  long add(long fingerprint, long line) {
    long fp = fingerprint == 0 ? 1 : fingerprint;
    return stripes[(int) (fp >>> 58)].add(fp, line);
  }

  private static final class Stripe {
    private long[] keys = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    synchronized long add(long fp, long line) {
      int mask = keys.length - 1;
      int i = (int) (fp ^ (fp >>> 29)) & mask;
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

    private void grow() {
      long[] oldKeys = keys;
      int[] oldLines = lines;
      keys = new long[oldKeys.length * 2];
      lines = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        long fp = oldKeys[j];
        if (fp != 0) {
          int i = (int) (fp ^ (fp >>> 29)) & mask;
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = fp;
          lines[i] = oldLines[j];
        }
      }
    }
  }
}
