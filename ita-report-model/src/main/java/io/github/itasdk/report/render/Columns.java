package io.github.itasdk.report.render;

import java.util.List;

/**
 * The column widths of the report's tables, decided by one rule for every table and every format (HTML,
 * Word) so that tables of the same shape — the question tables of successive indicators — line up: a column
 * that is mostly numbers is {@link Kind#NUMBER}, a column of short codes ({@code e13}, {@code 9.1}, {@code
 * IIT}) is {@link Kind#CODE}, a column of a few words (a verdict, a level) is {@link Kind#WORDS}; the other
 * columns share what is left.
 */
public final class Columns {
  /** Cells that hold a number start with this character (renderers strip it and right-align the cell). */
  public static final char NUMERIC = '\u0000';
  private static final int CODE = 6;
  private static final int WORDS = 28;
  private static final int HEAD_WORD = 8;

  /** The kinds of column, each with one width. */
  public enum Kind {
    /** Numbers: fixed width, right-aligned. */
    NUMBER,
    /** Short codes: narrow. */
    CODE,
    /** A few words: medium. */
    WORDS,
    /** Running text: takes the rest. */
    TEXT
  }

  private Columns() {}

  /**
   * @param column the column's index
   * @param head the column's heading (a code column whose heading has a long word gets the room of a few words)
   * @param rows the table's body rows, numeric cells marked with {@link #NUMERIC}, text as plain text or HTML
   * @return the column's kind
   */
  public static Kind kind(int column, String head, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return Kind.TEXT;
    }
    int numeric = 0;
    int longest = 0;
    for (List<String> r : rows) {
      String cell = column < r.size() ? r.get(column) : "";
      if (!cell.isEmpty() && cell.charAt(0) == NUMERIC) {
        numeric++;
      }
      longest = Math.max(longest, plainLength(cell));
    }
    if (2 * numeric >= rows.size()) {
      return Kind.NUMBER;
    }
    if (longest <= CODE) {
      return longestWord(head) <= HEAD_WORD ? Kind.CODE : Kind.WORDS;
    }
    return column > 0 && longest <= WORDS ? Kind.WORDS : Kind.TEXT;
  }

  /**
   * @param table a table of the report
   * @return the kind of each of its columns
   */
  public static List<Kind> of(Doc.Table table) {
    List<List<String>> rows = table.rows().stream().map(r -> r.stream()
        .map(c -> (c.numeric() ? String.valueOf(NUMERIC) : "") + String.join(" ", c.lines())).toList()).toList();
    List<Kind> kinds = new java.util.ArrayList<>();
    for (int c = 0; c < table.head().size(); c++) {
      kinds.add(kind(c, table.head().get(c), rows));
    }
    return kinds;
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String w : text.split("\\s+")) {
      longest = Math.max(longest, plainLength(w));
    }
    return longest;
  }

  /** The visible length of a cell: tags left out, an entity one character, Thai marks above and below none. */
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
      } else if (ch != NUMERIC && !(ch == '\u0E31' || (ch >= '\u0E34' && ch <= '\u0E3A')
          || (ch >= '\u0E47' && ch <= '\u0E4E'))) {
        n++;
      }
    }
    return n;
  }
}
