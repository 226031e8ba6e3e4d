package io.github.itasdk.report.render;

import java.util.List;

/**
 * A report laid out as plain blocks (headings, paragraphs, tables, lists) with unescaped text: written once
 * from the model by {@link ReportDoc}, then escaped and formatted by each renderer — {@link Html}, {@link
 * Markdown}, and renderers in other modules (the Word document of {@code ita-report-office}), so that every
 * format has the same sections in the same words.
 *
 * <pre>{@code
 * for (Doc.Block b : Doc.of(report, Language.TH)) { … }
 * }</pre>
 */
public final class Doc {
  private Doc() {}

  /**
   * @param report a report
   * @param language the language to write it in
   * @return its blocks, in reading order
   */
  public static List<Block> of(io.github.itasdk.report.AnalysisReport report, Language language) {
    return ReportDoc.of(report, language);
  }

  /** A block of the document. */
  public sealed interface Block permits Heading, Para, Table, Bullets, ChartSlot {}

  /** A heading, level 1–3. */
  public record Heading(int level, String text) implements Block {}

  /** How a paragraph is set off. */
  public enum Style {
    /** Running text. */
    NORMAL,
    /** Set off as a note (a box). */
    NOTE,
    /** Secondary (grey, italic). */
    MUTED
  }

  /** A paragraph. */
  public record Para(String text, Style style) implements Block {
    static Para of(String text) {
      return new Para(text, Style.NORMAL);
    }
  }

  /** A table cell: one or more lines; numeric cells align right; strong cells stand out. */
  public record Cell(List<String> lines, boolean numeric, boolean strong) {
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
  public record Table(List<String> head, List<List<Cell>> rows) implements Block {}

  /** A bullet item with optional sub-items. */
  public record Item(String text, boolean strong, List<String> sub) {}

  /** A bullet list. */
  public record Bullets(List<Item> items) implements Block {}

  /** Where the HTML renderer puts its chart of the indicators. */
  public record ChartSlot(String title) implements Block {}
}
