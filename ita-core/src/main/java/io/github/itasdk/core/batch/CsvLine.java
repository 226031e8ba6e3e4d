package io.github.itasdk.core.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits one CSV line of a byte block into cells (RFC 4180 quoting; a quoted cell is unquoted in place,
 * so every cell is a plain byte range afterwards) and decodes cells as strict UTF-8. One per thread.
 */
final class CsvLine {
  private static final String BARE_CR = "a carriage return (CR) inside a cell: a cell may not contain a line "
      + "break, and a row ends with LF or CR LF";
  int[] starts;
  int[] ends;
  /** Cells found; {@code starts.length} means "more than the capacity". */
  int count;
  /** Set when the line is malformed: what is wrong, and at which 1-based cell. */
  String error;
  int errorCell;

  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  CsvLine(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
  }

  /**
   * Splits the line starting at {@code from}; the line ends at the next {@code '\n'}, which must exist
   * before {@code limit}. A {@code '\r'} before the {@code '\n'} is dropped; one anywhere else is an error.
   *
   * @return the index of the {@code '\n'} ending the line
   */
  int split(byte[] b, int from, int limit) {
    error = null;
    int cap = starts.length;
    int n = 0;
    int i = from;
    while (true) {
      if (n == cap) {
        count = n;
        return lineEnd(b, i, limit);
      }
      int s = i;
      if (b[i] == '"') {
        int w = i;
        i++;
        while (true) {
          byte c = b[i];
          if (c == '\n') {
            return fail("unterminated quoted cell (a cell may not contain a line break)", n + 1, b, i, limit);
          }
          if (c == '\r') {
            return fail(BARE_CR, n + 1, b, i, limit);
          }
          i++;
          if (c == '"') {
            if (b[i] == '"') {
              b[w++] = '"';
              i++;
              continue;
            }
            break;
          }
          b[w++] = c;
        }
        starts[n] = s;
        ends[n] = w;
        n++;
        byte c = b[i];
        if (c == '\r' && b[i + 1] == '\n') {
          i++;
          c = '\n';
        }
        if (c == '\n') {
          count = n;
          return i;
        }
        if (c != ',') {
          return fail("text after the closing quote of a quoted cell", n, b, i, limit);
        }
        i++;
        continue;
      }
      byte c;
      while ((c = b[i]) != ',' && c != '\n') {
        if (c == '"') {
          return fail("a quote inside an unquoted cell (quote the whole cell and double the quote)", n + 1, b, i, limit);
        }
        if (c == '\r' && b[i + 1] != '\n') {
          return fail(BARE_CR, n + 1, b, i, limit);
        }
        i++;
      }
      starts[n] = s;
      if (c == '\n') {
        ends[n] = i > s && b[i - 1] == '\r' ? i - 1 : i;
        count = n + 1;
        return i;
      }
      ends[n] = i;
      n++;
      i++;
    }
  }

  private int fail(String message, int cell, byte[] b, int at, int limit) {
    error = message;
    errorCell = cell;
    return lineEnd(b, at, limit);
  }

  private static int lineEnd(byte[] b, int i, int limit) {
    while (i < limit && b[i] != '\n') {
      i++;
    }
    return i;
  }

  /** @return the cell as a string, or null if its bytes are not valid UTF-8 */
  String text(byte[] b, int cell) {
    return decode(b, starts[cell], ends[cell]);
  }

  String decode(byte[] b, int s, int e) {
    boolean ascii = true;
    for (int i = s; i < e; i++) {
      if (b[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }
    try {
      CharBuffer cb = utf8.reset().decode(ByteBuffer.wrap(b, s, e - s));
      return cb.toString();
    } catch (CharacterCodingException ex) {
      return null;
    }
  }

  /** @return the cell's bytes in hex, for a message about bytes that are not UTF-8 */
  static String hex(byte[] b, int s, int e) {
    StringBuilder sb = new StringBuilder();
    for (int i = s; i < Math.min(e, s + 12); i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02X", b[i] & 0xFF));
    }
    return sb + (e - s > 12 ? " …" : "");
  }

  boolean equalsAscii(byte[] b, int cell, byte[] ascii) {
    int s = starts[cell];
    return ends[cell] - s == ascii.length && java.util.Arrays.equals(b, s, ends[cell], ascii, 0, ascii.length);
  }

  boolean isEmpty(int cell) {
    return starts[cell] == ends[cell];
  }
}
