package io.github.itasdk.report.office;

import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.render.Chart;
import io.github.itasdk.report.render.Columns;
import io.github.itasdk.report.render.Doc;
import io.github.itasdk.report.render.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the analysis report as an editable Word document (Office Open XML, {@code .docx}) with Apache POI:
 * the sections of the HTML page in the same order and words, as real Word headings ({@code Heading1}–{@code
 * Heading3}, so the navigation pane lists them) and real tables (header rows repeated on every page), the
 * chart as a picture drawn from the same layout as the page's, on A4 in TH Sarabun New 16 pt.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("report.docx"))) {
 *   Docx.render(report, out);
 * }
 * }</pre>
 *
 * <p>Each section is one method that walks its part of the {@link AnalysisReport}, in the order {@code
 * Html} renders them; a new section of the model is one new method here.
 */
public final class Docx {
  /** The document's font, the typeface of Thai official documents. */
  public static final String FONT = "TH Sarabun New";
  private static final int PAGE_W = 11906;
  private static final int PAGE_H = 16838;
  private static final int MARGIN_LEFT = 1701;
  private static final int MARGIN_RIGHT = 1134;
  private static final int MARGIN_TOP = 1418;
  private static final int MARGIN_BOTTOM = 1134;
  private static final int TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
  private static final String MISS = "B00020";

  private final XWPFDocument doc;
  private final BigInteger bullets;

  private Docx(XWPFDocument doc) {
    this.doc = doc;
    styles(doc);
    page(doc);
    this.bullets = bullets(doc);
  }

  /**
   * @param report the report
   * @param out where to write the {@code .docx} (not closed)
   * @throws IOException when writing fails
   */
  public static void render(AnalysisReport report, OutputStream out) throws IOException {
    render(report, Language.TH, out);
  }

  /**
   * @param report the report
   * @param language Thai only (what an officer posts), English only, or both
   * @param out where to write the {@code .docx} (not closed)
   * @throws IOException when writing fails
   */
  public static void render(AnalysisReport report, Language language, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      new Docx(doc).report(report, language);
      doc.write(out);
    }
  }

  /**
   * @param report the report
   * @return the {@code .docx} file's bytes, in Thai
   */
  public static byte[] render(AnalysisReport report) {
    return render(report, Language.TH);
  }

  /**
   * @param report the report
   * @param language Thai only, English only, or both
   * @return the {@code .docx} file's bytes
   */
  public static byte[] render(AnalysisReport report, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(report, language, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ document set-up

  private static void styles(XWPFDocument doc) {
    CTStyles cts = CTStyles.Factory.newInstance();
    CTRPr def = cts.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(def.addNewRFonts());
    def.addNewSz().setVal(BigInteger.valueOf(32));
    def.addNewSzCs().setVal(BigInteger.valueOf(32));
    var lang = def.addNewLang();
    lang.setVal("th-TH");
    lang.setBidi("th-TH");
    var spacing = cts.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing();
    spacing.setAfter(BigInteger.valueOf(80));
    CTStyle normal = style(cts, "Normal", "Normal");
    normal.setDefault(true);
    heading(cts, 1, 40, "1F4E79");
    heading(cts, 2, 36, "1F4E79");
    heading(cts, 3, 32, "1A1A1A");
    CTStyle table = style(cts, "TableText", "Table Text");
    table.addNewBasedOn().setVal("Normal");
    table.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
    CTRPr tr = table.addNewRPr();
    tr.addNewSz().setVal(BigInteger.valueOf(28));
    tr.addNewSzCs().setVal(BigInteger.valueOf(28));
    doc.createStyles().setStyles(cts);
  }

  private static void fonts(CTFonts f) {
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    f.setEastAsia(FONT);
  }

  private static CTStyle style(CTStyles cts, String id, String name) {
    CTStyle s = cts.addNewStyle();
    s.setType(STStyleType.PARAGRAPH);
    s.setStyleId(id);
    s.addNewName().setVal(name);
    s.addNewQFormat();
    return s;
  }

  private static void heading(CTStyles cts, int level, int halfPoints, String colour) {
    CTStyle s = style(cts, "Heading" + level, "heading " + level);
    s.addNewBasedOn().setVal("Normal");
    s.addNewNext().setVal("Normal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(9));
    CTPPrGeneral p = s.addNewPPr();
    p.addNewKeepNext();
    p.addNewKeepLines();
    var sp = p.addNewSpacing();
    sp.setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
    sp.setAfter(BigInteger.valueOf(80));
    p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
    CTRPr r = s.addNewRPr();
    r.addNewB();
    r.addNewBCs();
    r.addNewColor().setVal(colour);
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_W));
    size.setH(BigInteger.valueOf(PAGE_H));
    CTPageMar m = sect.addNewPgMar();
    m.setTop(BigInteger.valueOf(MARGIN_TOP));
    m.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    m.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    m.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    m.setHeader(BigInteger.valueOf(709));
    m.setFooter(BigInteger.valueOf(709));
    m.setGutter(BigInteger.ZERO);
  }

  private static BigInteger bullets(XWPFDocument doc) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ONE);
    String[] marks = {"•", "–"};
    for (int i = 0; i < marks.length; i++) {
      CTLvl lvl = abs.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(i));
      lvl.addNewStart().setVal(BigInteger.ONE);
      lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
      lvl.addNewLvlText().setVal(marks[i]);
      var ind = lvl.addNewPPr().addNewInd();
      ind.setLeft(BigInteger.valueOf(567 * (i + 1)));
      ind.setHanging(BigInteger.valueOf(283));
    }
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
    return numbering.addNum(absId);
  }

  // ------------------------------------------------------------------ building blocks

  private void heading(int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Heading" + level);
    p.createRun().setText(text);
  }

  private XWPFParagraph paragraph() {
    return doc.createParagraph();
  }

  private static XWPFRun run(XWPFParagraph p, String text) {
    XWPFRun r = p.createRun();
    r.setText(text);
    return r;
  }

  private static XWPFRun bold(XWPFRun r) {
    r.setBold(true);
    CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
    rpr.addNewBCs();
    return r;
  }

  private void muted(String text) {
    XWPFRun r = run(paragraph(), text);
    r.setItalic(true);
    r.setColor("666666");
  }

  private void note(String text) {
    XWPFParagraph p = paragraph();
    p.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.THICK);
    p.setIndentationLeft(170);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun r = run(p, lines[i]);
      if (i + 1 < lines.length) {
        r.addBreak();
      }
    }
  }

  private void bullet(int level, String text, boolean strong) {
    XWPFParagraph p = paragraph();
    p.setNumID(bullets);
    p.setNumILvl(BigInteger.valueOf(level));
    XWPFRun r = run(p, text);
    if (strong) {
      bold(r);
    }
  }

  /** A table cell: text (lines split by newlines), and whether it is a number (right-aligned), strong, coloured. */
  private record Cell(String text, boolean numeric, boolean strong, String colour) {}

  /** A table with a heading row repeated on every page ({@code head} null: no heading row). */
  private void table(List<String> head, List<List<Cell>> rows, List<Columns.Kind> kinds) {
    if (rows.isEmpty() && head == null) {
      return;
    }
    int cols = head != null ? head.size() : rows.get(0).size();
    int first = head != null ? 1 : 0;
    int[] widths = widths(kinds, cols);
    XWPFTable t = doc.createTable(rows.size() + first, cols);
    CTTbl ct = t.getCTTbl();
    CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    tw.setType(STTblWidth.DXA);
    tw.setW(BigInteger.valueOf(TEXT_W));
    CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    String border = "B7C4D1";
    t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
    t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
    t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
    t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
    t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
    t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, border);
    if (head != null) {
      XWPFTableRow hr = t.getRow(0);
      hr.setRepeatHeader(true);
      hr.setCantSplitRow(true);
      for (int c = 0; c < cols; c++) {
        XWPFTableCell cell = hr.getCell(c);
        cell.setColor("E8EEF4");
        fill(cell, widths[c], new Cell(head.get(c), false, true, null));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = t.getRow(r + first);
      row.setCantSplitRow(true);
      for (int c = 0; c < cols; c++) {
        fill(row.getCell(c), widths[c], c < rows.get(r).size() ? rows.get(r).get(c) : new Cell("", false, false, null));
      }
    }
    paragraph(); // Word joins two tables that touch: keep them apart
  }

  /** Column widths in twentieths of a point: the same kinds and widths as the HTML page's tables. */
  static int[] widths(List<Columns.Kind> kinds, int cols) {
    int[] w = new int[cols];
    int fixed = 0;
    int free = 0;
    for (int c = 0; c < cols; c++) {
      w[c] = switch (c < kinds.size() ? kinds.get(c) : Columns.Kind.TEXT) {
        case NUMBER -> 1300;
        case CODE -> 900;
        case WORDS -> 2200;
        case TEXT -> 0;
      };
      fixed += w[c];
      free += w[c] == 0 ? 1 : 0;
    }
    if (free == 0 || fixed > TEXT_W - 1500 * free) {
      // too many fixed columns for the page: share it out in proportion
      int total = 0;
      for (int c = 0; c < cols; c++) {
        w[c] = w[c] == 0 ? 2200 : w[c];
        total += w[c];
      }
      for (int c = 0; c < cols; c++) {
        w[c] = w[c] * TEXT_W / total;
      }
      return w;
    }
    for (int c = 0; c < cols; c++) {
      if (w[c] == 0) {
        w[c] = (TEXT_W - fixed) / free;
      }
    }
    return w;
  }

  private static void fill(XWPFTableCell cell, int width, Cell content) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    String[] lines = content.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
      p.setStyle("TableText");
      if (content.numeric()) {
        p.setAlignment(ParagraphAlignment.RIGHT);
      }
      XWPFRun r = run(p, lines[i]);
      if (content.strong()) {
        bold(r);
      }
      if (content.colour() != null) {
        r.setColor(content.colour());
      }
    }
  }

  // ------------------------------------------------------------------ the report's blocks, as the page has them

  private void report(AnalysisReport r, Language language) {
    for (Doc.Block block : Doc.of(r, language)) {
      if (block instanceof Doc.Heading h) {
        heading(Math.min(3, Math.max(1, h.level())), h.text());
      } else if (block instanceof Doc.Para p) {
        switch (p.style()) {
          case NOTE -> note(p.text());
          case MUTED -> muted(p.text());
          case NORMAL -> run(paragraph(), p.text());
        }
      } else if (block instanceof Doc.Table t) {
        boolean keyValue = t.head().stream().allMatch(String::isEmpty);
        table(keyValue ? null : t.head(), t.rows().stream().map(row -> {
          List<Cell> cells = new ArrayList<>();
          for (int i = 0; i < row.size(); i++) {
            Doc.Cell c = row.get(i);
            cells.add(new Cell(String.join("\n", c.lines()), c.numeric(), c.strong() || (keyValue && i == 0),
                c.strong() ? MISS : null));
          }
          return cells;
        }).toList(), Columns.of(t));
      } else if (block instanceof Doc.Bullets bs) {
        for (Doc.Item item : bs.items()) {
          bullet(0, item.text(), item.strong());
          item.sub().forEach(x -> bullet(1, x, false));
        }
      } else if (block instanceof Doc.ChartSlot c) {
        heading(2, c.title());
        chart(Chart.of(r, language));
      }
    }
  }

  private void chart(Chart chart) {
    XWPFParagraph p = paragraph();
    p.getCTP().addNewPPr().addNewKeepNext();
    double widthPt = TEXT_W / 20.0;
    double heightPt = widthPt * chart.height() / chart.width();
    try {
      p.createRun().addPicture(new ByteArrayInputStream(ChartImage.png(chart)), PictureType.PNG, chart.title(),
          Units.toEMU(widthPt), Units.toEMU(heightPt));
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("could not embed the chart", e);
    }
  }
}
