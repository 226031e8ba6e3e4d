package io.github.itasdk.core.batch;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream into blocks of whole lines, so that blocks can be parsed on several threads, and
 * numbers the lines. A UTF-8 byte order mark at the start is skipped. What follows the last line break is
 * the {@link #tail()}: a file must end with a line break. A line longer than {@value #MAX_LINE_BYTES} bytes
 * is refused, so memory stays bounded on any stream.
 *
 * <p>Line numbers come in two ways. Counted here (line breaks eight bytes at a time), a block's
 * {@code firstLine} is the number of its first line. Or {@linkplain #deferred deferred}: then the reader
 * of a block knows how many lines it read (a row is one line: a cell never holds a line break), so
 * nobody counts line breaks twice; a line is then named by its block and its index there ({@link #line})
 * until every block has reported its lines to {@link #lines()}, which gives the real numbers.
 */
final class CsvBlocks {
  /** The longest line accepted, in bytes: bounds what a reader buffers, whatever the file. */
  static final int MAX_LINE_BYTES = 1 << 20;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NL = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * Bytes a block's buffer holds beyond any bytes of the stream: a reader may load a word (eight bytes) or
   * a row's worth of words starting anywhere before {@code end} without a bounds check of its own, as long
   * as it reads at most {@code PAD} bytes past {@code end}; what it finds there is not input.
   */
  static final int PAD = 64;

  /**
   * Bytes {@code [start, end)} of {@code buf}, ending with a line break; the first line is {@code firstLine};
   * {@code buf} has at least {@link #PAD} bytes after {@code end}.
   */
  static final class Block {
    final byte[] buf;
    int start;
    final int end;
    long firstLine;
    /** The block's place in the stream: 0, 1, 2 … */
    final int seq;

    Block(byte[] buf, int start, int end, long firstLine, int seq) {
      this.buf = buf;
      this.start = start;
      this.end = end;
      this.firstLine = firstLine;
      this.seq = seq;
    }
  }

  /** A line named by its block and its index in that block (0 = the block's first line); see {@link #deferred}. */
  static long line(int seq, long index) {
    return (long) seq << 32 | index;
  }

  /**
   * The lines each block holds, reported by whoever read it, and from them the real line numbers of lines
   * named by {@link #line}. Thread-safe.
   */
  static final class Lines implements java.util.function.LongUnaryOperator {
    private long[] counts = new long[64];
    private long[] starts;

    /** {@link #resolve}, for {@link CsvProblems#resolveLines} (no method reference to link as reading starts) */
    @Override
    public long applyAsLong(long line) {
      return resolve(line);
    }

    /** Records that block {@code seq} holds {@code lines} lines. */
    synchronized void block(int seq, long lines) {
      if (seq >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(seq + 1, counts.length * 2));
      }
      counts[seq] = lines;
      starts = null;
    }

    /** @return the number (from 1) of the line named {@code line}: its block's first line plus its index */
    synchronized long resolve(long line) {
      if (starts == null) {
        starts = new long[counts.length + 1];
        starts[0] = 1;
        for (int i = 0; i < counts.length; i++) {
          starts[i + 1] = starts[i] + counts[i];
        }
      }
      int seq = (int) (line >>> 32);
      return starts[Math.min(seq, starts.length - 1)] + (line & 0xFFFFFFFFL);
    }
  }

  /** A line longer than {@link #MAX_LINE_BYTES} in a stream whose lines are deferred: at its line name. */
  static final class LongLine extends RuntimeException {
    final long line;

    LongLine(long line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  /** @return the error for a line longer than {@link #MAX_LINE_BYTES} at line {@code line} of {@code name} */
  static InvalidInputException lineTooLong(String name, long line) {
    return new InvalidInputException("Invalid batch CSV", List.of(new Problem(name + ":" + line + ":1",
        "a line longer than " + MAX_LINE_BYTES + " bytes (no line break within the first " + MAX_LINE_BYTES
        + " bytes): rows end with a line break, and a row of the export is a few kilobytes")));
  }

  private final InputStream in;
  private final String name;
  private final int blockSize;
  /** Null when this counts lines itself. */
  private final Lines lines;
  private int seq;
  private byte[] carry = new byte[0];
  private int carryLen;
  private long nextLine = 1;
  private long bytes;
  private boolean eof;
  private boolean first = true;

  /** Blocks whose lines are counted here: each block's {@code firstLine} is a line number. */
  CsvBlocks(InputStream in, String name, int blockSize) {
    this(in, name, blockSize, null);
  }

  private CsvBlocks(InputStream in, String name, int blockSize, Lines lines) {
    this.in = in;
    this.name = name;
    this.blockSize = blockSize;
    this.lines = lines;
  }

  /**
   * Blocks whose lines are counted by their readers: each block's {@code firstLine} is {@code line(seq, 0)},
   * and whoever reads a block reports its lines to {@link #lines()} (a block left unread holds no problem
   * and needs no report, unless a later block's lines are to be named). A line too long is then thrown as
   * {@link LongLine}, to be named once the blocks before it are counted.
   */
  static CsvBlocks deferred(InputStream in, String name, int blockSize) {
    return new CsvBlocks(in, name, blockSize, new Lines());
  }

  /** @return where the readers of the blocks report their lines; null when this counts them */
  Lines lines() {
    return lines;
  }

  /**
   * @param recycled a buffer to reuse, or null
   * @return the next block of whole lines, or null when only the tail (possibly empty) is left
   */
  Block next(byte[] recycled) {
    int want = Math.max(blockSize, carryLen + 1);
    byte[] buf = recycled != null && recycled.length - PAD >= want ? recycled
        : new byte[Math.max(blockSize, carryLen * 2 + 1) + PAD];
    System.arraycopy(carry, 0, buf, 0, carryLen);
    int filled = carryLen;
    carryLen = 0;
    int searchFrom = 0;
    while (true) {
      int limit = buf.length - PAD;
      while (filled < limit && !eof) {
        int r;
        try {
          r = in.read(buf, filled, limit - filled);
        } catch (IOException e) {
          throw new UnreadableInputException("[" + name + "]", e);
        }
        if (r < 0) {
          eof = true;
        } else {
          filled += r;
          bytes += r;
        }
      }
      int start = 0;
      if (first && filled >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
        start = 3;
        searchFrom = Math.max(searchFrom, 3);
      }
      int last = filled - 1;
      while (last >= searchFrom && buf[last] != '\n') {
        last--;
      }
      if (last >= searchFrom) {
        first = false;
        // the carry holds a partial line (a row of a few hundred bytes, usually): sized to it, not to a block,
        // so that the collector does not copy a block-sized array that holds a row
        carry = carry.length >= filled - last - 1 ? carry : new byte[Math.max(4096, 2 * (filled - last - 1))];
        carryLen = filled - last - 1;
        System.arraycopy(buf, last + 1, carry, 0, carryLen);
        if (lines != null) {
          return new Block(buf, start, last + 1, line(seq, 0), seq++);
        }
        Block b = new Block(buf, start, last + 1, nextLine, seq++);
        nextLine += lineBreaks(buf, start, last + 1);
        return b;
      }
      if (eof) {
        first = false;
        if (carry.length < filled - start) {
          carry = new byte[filled - start];
        }
        System.arraycopy(buf, start, carry, 0, filled - start);
        carryLen = filled - start;
        return null;
      }
      if (filled - start > MAX_LINE_BYTES) {
        // every byte in the buffer belongs to the line starting at the next block: refuse it before it grows
        if (lines != null) {
          throw new LongLine(line(seq, 0));
        }
        throw lineTooLong(name, nextLine);
      }
      searchFrom = filled;
      buf = Arrays.copyOf(buf, Math.min(limit * 2, MAX_LINE_BYTES + blockSize + 1) + PAD);
    }
  }

  /** @return the bytes after the last line break (non-empty: the file ends inside a line) */
  byte[] tail() {
    return Arrays.copyOf(carry, carryLen);
  }

  /** @return the number of the line the tail starts on (its name, when lines are deferred) */
  long tailLine() {
    return lines != null ? line(seq, 0) : nextLine;
  }

  long bytesRead() {
    return bytes;
  }

  static long lineBreaks(byte[] b, int from, int to) {
    long n = 0;
    int i = from;
    while (i + 8 <= to) {
      // one count per byte lane, summed across lanes every 255 words (a lane holds at most 255)
      long lanes = 0;
      int stop = Math.min(to - 7, i + 8 * 255);
      for (; i < stop; i += 8) {
        long x = (long) LONGS.get(b, i) ^ NL;
        lanes += ~(((x & LOW7) + LOW7) | x | LOW7) >>> 7;
      }
      n += (lanes * 0x0101010101010101L) >>> 56;
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
