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
 * numbers the lines (counting line breaks eight bytes at a time). A UTF-8 byte order mark at the start
 * is skipped. What follows the last line break is the {@link #tail()}: a file must end with a line break.
 * A line longer than {@value #MAX_LINE_BYTES} bytes is refused, so memory stays bounded on any stream.
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

    Block(byte[] buf, int start, int end, long firstLine) {
      this.buf = buf;
      this.start = start;
      this.end = end;
      this.firstLine = firstLine;
    }
  }

  private final InputStream in;
  private final String name;
  private final int blockSize;
  private byte[] carry = new byte[0];
  private int carryLen;
  private long nextLine = 1;
  private long bytes;
  private boolean eof;
  private boolean first = true;

  CsvBlocks(InputStream in, String name, int blockSize) {
    this.in = in;
    this.name = name;
    this.blockSize = blockSize;
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
        carry = carry.length >= filled - last - 1 ? carry : new byte[Math.max(blockSize, filled - last - 1)];
        carryLen = filled - last - 1;
        System.arraycopy(buf, last + 1, carry, 0, carryLen);
        Block b = new Block(buf, start, last + 1, nextLine);
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
        // every byte in the buffer belongs to the line starting at nextLine: refuse it before it grows further
        throw new InvalidInputException("Invalid batch CSV", List.of(new Problem(name + ":" + nextLine + ":1",
            "a line longer than " + MAX_LINE_BYTES + " bytes (no line break within the first " + MAX_LINE_BYTES
            + " bytes): rows end with a line break, and a row of the export is a few kilobytes")));
      }
      searchFrom = filled;
      buf = Arrays.copyOf(buf, Math.min(limit * 2, MAX_LINE_BYTES + blockSize + 1) + PAD);
    }
  }

  /** @return the bytes after the last line break (non-empty: the file ends inside a line) */
  byte[] tail() {
    return Arrays.copyOf(carry, carryLen);
  }

  /** @return the number of the line the tail starts on */
  long tailLine() {
    return nextLine;
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
