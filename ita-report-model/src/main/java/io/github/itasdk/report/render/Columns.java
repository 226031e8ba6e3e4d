package io.github.itasdk.report.render;

import java.util.List;

/**
 * The column widths of the HTML tables, decided by one rule for every table so that tables of the same
 * shape (the question tables of successive indicators) line up: a column of numbers is {@code n} (fixed
 * width), a column of short codes ({@code e13}, {@code 9.1}, {@code IIT}) is {@code id}, a column of short
 * words (a verdict, a level) is {@code key}; the rest share what is left ({@code table-layout: fixed}).
 */
final class Columns {
  private static final int ID = 6;
  private static final int KEY = 28;

  private Columns() {}

  /** Cells marked numeric by the renderer start with this character. */
  static final char NUMERIC = '\u0000';

  static String colgroup(int columns, List<List<String>> rows) {
    StringBuilder b = new StringBuilder("<colgroup>");
    for (int c = 0; c < columns; c++) {
      String kind = kind(c, rows);
      b.append(kind.isEmpty() ? "<col>" : "<col class=\"" + kind + "\">");
    }
    return b.append("</colgroup>").toString();
  }

  private static String kind(int c, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    int numeric = 0;
    int longest = 0;
    for (List<String> r : rows) {
      String cell = c < r.size() ? r.get(c) : "";
      if (!cell.isEmpty() && cell.charAt(0) == NUMERIC) {
        numeric++;
      }
      longest = Math.max(longest, plainLength(cell));
    }
    if (2 * numeric >= rows.size()) {
      return "n";
    }
    if (longest <= ID) {
      return "id";
    }
    return c > 0 && longest <= KEY ? "key" : "";
  }

  /** The length of a cell's text without tags, an entity counting as one character. */
  static int plainLength(String html) {
    int n = 0;
    boolean tag = false;
    boolean entity = false;
    for (int i = 0; i < html.length(); i++) {
      char ch = html.charAt(i);
      if (tag) {
        tag = ch != '>';
      } else if (entity) {
        entity = ch != ';';
      } else if (ch == '<') {
        tag = true;
      } else if (ch == '&') {
        entity = true;
        n++;
      } else if (ch != NUMERIC && !(ch >= '\u0E31' && ch <= '\u0E4E' && ch != '\u0E32' && ch != '\u0E33'
          && ch != '\u0E3F' && !(ch >= '\u0E40' && ch <= '\u0E46'))) {
        n++;
      }
    }
    return n;
  }
}
