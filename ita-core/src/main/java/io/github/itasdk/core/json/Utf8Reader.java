package io.github.itasdk.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 and, on bytes that are not UTF-8, says at which line and column they start and
 * what they are, so a user can find the one mis-encoded character (or learn that the whole file was
 * saved as TIS-620).
 */
final class Utf8Reader extends Reader {
  /** Bytes that are not UTF-8, with where they start. */
  static final class NotUtf8 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long column;
    final String bytes;

    NotUtf8(long line, long column, String bytes) {
      this.line = line;
      this.column = column;
      this.bytes = bytes;
    }

    @Override
    public String getMessage() {
      return "bytes [" + bytes + "] at line " + line + ", column " + column;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean eof;
  private long line = 1;
  private long column = 1;

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /** Decodes more characters; @return false at the end of the input */
  private boolean fill() throws IOException {
    if (eof && !bytes.hasRemaining()) {
      return false;
    }
    if (!eof) {
      bytes.compact();
      int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (r < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + r);
      }
      bytes.flip();
    }
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, eof);
    if (eof && result.isUnderflow()) {
      result = decoder.flush(chars);
    }
    chars.flip();
    if (result.isError()) {
      count(chars.remaining());
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < Math.min(result.length() + 2, bytes.remaining()); i++) {
        hex.append(hex.length() > 0 ? " " : "").append(String.format("%02X", bytes.get(bytes.position() + i) & 0xFF));
      }
      throw new NotUtf8(line, column, hex.toString());
    }
    count(chars.remaining());
    if (eof && !chars.hasRemaining() && bytes.hasRemaining()) {
      throw new NotUtf8(line, column, "truncated");
    }
    return chars.hasRemaining() || !eof || bytes.hasRemaining();
  }

  private void count(int n) {
    for (int i = chars.position(); i < chars.position() + n; i++) {
      if (chars.get(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
