package io.github.itasdk.report.render;

import java.util.List;

/**
 * A report laid out as plain blocks (headings, paragraphs, tables, lists) with unescaped text: written once
 * from the model by {@link ReportDoc}, then escaped and formatted by each renderer.
 */
final class Doc {
  private Doc() {}

  /** A block of the document. */
  sealed interface Block permits Heading, Para, Table, Bullets, ChartSlot {}

  /** A heading, level 1–3. */
  record Heading(int level, String text) implements Block {}

  /** How a paragraph is set off. */
  enum Style { NORMAL, NOTE, MUTED }

  /** A paragraph. */
  record Para(String text, Style style) implements Block {
    static Para of(String text) {
      return new Para(text, Style.NORMAL);
    }
  }

  /** A table cell: one or more lines; numeric cells align right; strong cells stand out. */
  record Cell(List<String> lines, boolean numeric, boolean strong) {
    static Cell text(String s) {
      return new Cell(List.of(s), false, false);
    }

    static Cell num(String s) {
      return new Cell(List.of(s), true, false);
    }

    static Cell strong(String s) {
      return new Cell(List.of(s), false, true);
    }

    static Cell lines(List<String> ls) {
      return new Cell(ls, false, false);
    }
  }

  /** A table with a head row (empty head cells: a key–value table). */
  record Table(List<String> head, List<List<Cell>> rows) implements Block {}

  /** A bullet item with optional sub-items. */
  record Item(String text, boolean strong, List<String> sub) {}

  /** A bullet list. */
  record Bullets(List<Item> items) implements Block {}

  /** Where the HTML renderer puts its chart of the indicators. */
  record ChartSlot(String title) implements Block {}
}
