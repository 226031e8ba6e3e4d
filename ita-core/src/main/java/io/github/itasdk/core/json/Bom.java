package io.github.itasdk.core.json;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Skips a byte order mark (U+FEFF) at the start of a document, as Windows Notepad writes one. */
final class Bom {
  private Bom() {}

  static Reader skipped(Reader in) throws IOException {
    PushbackReader r = new PushbackReader(in, 1);
    int c = r.read();
    if (c >= 0 && c != '\uFEFF') {
      r.unread(c);
    }
    return r;
  }
}
