package io.github.itasdk.report.office;

import static io.github.itasdk.report.render.Words.both;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.engine.Interval;
import io.github.itasdk.core.engine.RatingChance;
import io.github.itasdk.core.engine.SamplePlan;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.Finding;
import io.github.itasdk.report.IndicatorDetail;
import io.github.itasdk.report.IndicatorRow;
import io.github.itasdk.report.Measure;
import io.github.itasdk.report.QuestionRow;
import io.github.itasdk.report.ReportHeader;
import io.github.itasdk.report.ThemeSection;
import io.github.itasdk.report.ToolRow;
import io.github.itasdk.report.UncertaintySection;
import io.github.itasdk.report.plan.Gain;
import io.github.itasdk.report.plan.ImprovementPlan;
import io.github.itasdk.report.plan.LevelPlan;
import io.github.itasdk.report.render.Chart;
import io.github.itasdk.report.render.Columns;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.report.render.Words;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
  private static final String MEET = "1B6E20";

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
    try (XWPFDocument doc = new XWPFDocument()) {
      new Docx(doc).report(report);
      doc.write(out);
    }
  }

  /**
   * @param report the report
   * @return the {@code .docx} file's bytes
   */
  public static byte[] render(AnalysisReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      render(report, out);
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

  private void note(String title, List<String> lines) {
    XWPFParagraph p = paragraph();
    p.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
    bold(run(p, title + ": "));
    for (int i = 0; i < lines.size(); i++) {
      XWPFRun r = run(p, lines.get(i));
      if (i + 1 < lines.size()) {
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

  /** A table cell: text, and whether it is a number (right-aligned), strong, or in a verdict colour. */
  private record Cell(String text, boolean numeric, boolean strong, String colour) {
    static Cell of(String text) {
      return new Cell(text, false, false, null);
    }

    static Cell n(String text) {
      return new Cell(text, true, false, null);
    }
  }

  private static List<Cell> cells(String... texts) {
    List<Cell> out = new ArrayList<>();
    for (String t : texts) {
      out.add(Cell.of(t));
    }
    return out;
  }

  private static Cell verdict(boolean meets) {
    return new Cell(both(meets ? Label.of("ผ่านเกณฑ์", "meets") : Label.of("ไม่ผ่านเกณฑ์", "misses")), false, !meets,
        meets ? MEET : MISS);
  }

  /** A table with a heading row repeated on every page ({@code head} null: no heading row). */
  private void table(List<String> head, List<List<Cell>> rows) {
    int cols = head != null ? head.size() : rows.get(0).size();
    int first = head != null ? 1 : 0;
    List<List<String>> marked = rows.stream().map(r -> r.stream()
        .map(c -> c.numeric() ? Columns.NUMERIC + c.text() : c.text()).toList()).toList();
    int[] widths = widths(head, cols, marked);
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
        fill(row.getCell(c), widths[c], c < rows.get(r).size() ? rows.get(r).get(c) : Cell.of(""));
      }
    }
    paragraph(); // Word joins two tables that touch: keep them apart
  }

  /** Column widths in twentieths of a point: the same kinds and widths as the HTML page's tables. */
  static int[] widths(List<String> head, int cols, List<List<String>> marked) {
    int[] w = new int[cols];
    int fixed = 0;
    int free = 0;
    for (int c = 0; c < cols; c++) {
      w[c] = switch (Columns.kind(c, head == null ? "" : head.get(c), marked)) {
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

  private static String l(Label label) {
    return both(label);
  }

  private static String num(BigDecimal d) {
    return d.toPlainString();
  }

  private static String num(java.util.Optional<BigDecimal> d) {
    return Words.num(d);
  }

  // ------------------------------------------------------------------ the report's sections, in the page's order

  private void report(AnalysisReport r) {
    ReportHeader h = r.header();
    heading(1, l(Words.TITLE));
    List<List<Cell>> meta = new ArrayList<>();
    meta.add(List.of(Cell.of(l(Words.AGENCY)), Cell.of(h.agency().orElse("–"))));
    meta.add(List.of(Cell.of(l(Words.YEAR)), Cell.of("พ.ศ. " + h.fiscalYear() + " (FY" + h.fiscalYearCE() + ")")));
    meta.add(List.of(Cell.of(l(Words.RUBRIC)), Cell.of(h.rubric() + " — " + l(h.title()))));
    meta.add(List.of(Cell.of(l(Words.TOTAL)), new Cell(num(h.total()), false, true, null)));
    r.uncertainty().ifPresent(u -> meta.add(List.of(Cell.of(l(Words.TOTAL_INTERVAL)),
        Cell.of(Words.totalInterval(u).orElse(l(Words.NO_INTERVAL))))));
    meta.add(List.of(Cell.of(l(Words.RATING)), new Cell(Words.rating(r), false, true, null)));
    Cell verdict = verdict(h.meetsThreshold());
    meta.add(List.of(Cell.of(l(Words.THRESHOLD)), new Cell(num(h.threshold()) + " — " + verdict.text(), false,
        verdict.strong(), verdict.colour())));
    meta.add(List.of(Cell.of(l(Words.PUBLISHABLE)), h.publishable() ? Cell.of(l(Label.of("ประกาศผลได้", "publishable")))
        : new Cell(l(Label.of("ไม่ประกาศผล", "not publishable")) + ": " + String.join("; ", h.unpublishableReasons()),
            false, true, MISS)));
    metaTable(meta);
    if (!h.provisional().isEmpty()) {
      note(l(Words.PROVISIONAL), h.provisional().stream().map(Object::toString).toList());
    }
    if (!h.warnings().isEmpty()) {
      note(l(Words.WARNINGS), h.warnings());
    }
    List<Part> parts = Words.parts(r);
    tools(r, parts);
    indicators(r, parts);
    chart(r);
    r.uncertainty().ifPresent(this::uncertainty);
    details(r, parts);
    findings(Words.WEAKNESSES, r.weaknesses());
    findings(Words.STRENGTHS, r.strengths());
    themes(r);
    plan(r.plan());
    measures(r);
    heading(2, l(Words.LIMITATIONS));
    if (r.limitations().isEmpty()) {
      muted(l(Words.NOT_SUPPLIED));
    } else {
      r.limitations().forEach(x -> bullet(0, x, false));
    }
  }

  /** The header: a two-column table of labels (bold) and values, with no heading row. */
  private void metaTable(List<List<Cell>> rows) {
    table(null, rows.stream().map(row -> List.of(new Cell(row.get(0).text(), false, true, null), row.get(1))).toList());
  }

  private void tools(AnalysisReport r, List<Part> parts) {
    heading(2, l(Words.TOOLS));
    List<String> head = new ArrayList<>(List.of(l(Words.TOOL), l(Words.WEIGHT), l(Words.SCORE)));
    parts.forEach(p -> head.add(l(p.label())));
    List<List<Cell>> rows = new ArrayList<>();
    for (ToolRow t : r.tools()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.of(l(t.label())), Cell.n(num(t.weight())),
          Cell.n(num(t.score()))));
      parts.forEach(p -> cells.add(Cell.n(Words.part(t.parts(), p))));
      rows.add(cells);
    }
    table(head, rows);
  }

  private void indicators(AnalysisReport r, List<Part> parts) {
    heading(2, l(Words.INDICATORS));
    List<String> head = new ArrayList<>(List.of(l(Words.INDICATOR), l(Words.NAME), l(Words.TOOL), l(Words.SCORE)));
    parts.forEach(p -> head.add(l(p.label())));
    head.add(l(Words.RESULT) + " (≥ " + num(r.header().threshold()) + ")");
    List<List<Cell>> rows = new ArrayList<>();
    for (IndicatorRow i : r.indicators()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.n(Integer.toString(i.number())), Cell.of(l(i.name())),
          Cell.of(i.tool().name()), Cell.n(num(i.score()))));
      parts.forEach(p -> cells.add(Cell.n(Words.part(i.parts(), p))));
      cells.add(i.meetsThreshold().map(Docx::verdict).orElse(Cell.of("–")));
      rows.add(cells);
    }
    table(head, rows);
  }

  private void chart(AnalysisReport r) {
    heading(2, l(Words.CHART));
    Chart chart = Chart.of(r);
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

  private void uncertainty(UncertaintySection u) {
    heading(2, l(Words.UNCERTAINTY));
    if (!u.available()) {
      note(l(Words.NO_INTERVAL), List.of(u.reason().orElse("")));
      Words.otherNotes(u).forEach(n -> bullet(0, n, false));
      return;
    }
    run(paragraph(), l(Words.INTERVAL_LEVEL) + " " + Words.percent(u.level()) + " % · " + l(Words.RESAMPLES) + " "
        + u.resamples() + " · " + l(Words.SEED) + " " + u.seed());
    List<List<Cell>> rows = new ArrayList<>();
    for (Interval i : Words.intervals(u)) {
      rows.add(List.of(Cell.of(Words.figure(i)), Cell.n(num(i.estimate())), Cell.n(num(i.low())),
          Cell.n(num(i.high())), Cell.n(num(i.standardError()))));
    }
    table(List.of(l(Words.FIGURE), l(Words.SCORE), l(Words.LOW), l(Words.HIGH), l(Words.SE)), rows);
    List<List<Cell>> ps = new ArrayList<>();
    u.probabilityMeetsTarget().ifPresent(p -> ps.add(List.of(Cell.of(l(Label.of("คะแนนรวมตั้งแต่ " + num(u.target()),
        "total ≥ " + num(u.target())))), Cell.n(Words.pct(p)))));
    u.probabilityRatingDiffers().ifPresent(p -> ps.add(List.of(Cell.of(l(Words.prefixed("ระดับต่างจาก ",
        "rating other than ", u.rating().map(rt -> rt.label()).orElse(Label.of("?", "?"))))), Cell.n(Words.pct(p)))));
    for (RatingChance c : u.ratings()) {
      ps.add(List.of(Cell.of(l(Words.prefixed("ระดับ ", "rated ", c.label()))),
          Cell.n(Words.pct(BigDecimal.valueOf(c.probability())))));
    }
    table(List.of(l(Words.EVENT), l(Words.PROBABILITY)), ps);
    if (!u.planning().isEmpty()) {
      String hw = num(u.targetHalfWidth().setScale(2, RoundingMode.HALF_UP));
      heading(3, l(Words.SAMPLE_PLAN) + " (±" + hw + ")");
      List<List<Cell>> plan = new ArrayList<>();
      for (SamplePlan sp : u.planning()) {
        plan.add(List.of(Cell.of(sp.tool().name() + sp.part().map(p -> " — " + both(p.label())).orElse("")),
            Cell.n(Integer.toString(sp.current())), Cell.n(Integer.toString(sp.needed())),
            Cell.n(sp.minimum().map(m -> Integer.toString(m)).orElse("–"))));
      }
      table(List.of(l(Words.TOOL), l(Words.NOW), l(Label.of("ผู้ตอบที่ต้องการสำหรับ ±" + hw, "needed for ±" + hw)),
          l(Words.MINIMUM)), plan);
    }
    if (!u.notes().isEmpty()) {
      muted(l(Words.NOTES) + ": " + String.join("; ", u.notes()));
    }
  }

  private void details(AnalysisReport r, List<Part> parts) {
    heading(2, l(Words.QUESTIONS));
    boolean any = r.details().stream().anyMatch(d -> d.questions().stream().anyMatch(q -> !q.figures().isEmpty()));
    if (!any) {
      muted(l(Words.NO_QUESTION_FIGURES));
      return;
    }
    for (IndicatorDetail d : r.details()) {
      heading(3, l(Words.INDICATOR) + " " + d.number() + " " + l(d.name()) + " — " + num(d.score()));
      if (d.questions().stream().allMatch(q -> q.figures().isEmpty())) {
        muted(l(Words.NO_QUESTION_FIGURES));
        continue;
      }
      boolean split = d.questions().stream().anyMatch(q -> !q.parts().isEmpty());
      boolean oit = !d.groups().isEmpty();
      List<String> head = new ArrayList<>(List.of("#", l(Words.QUESTION)));
      if (oit) {
        head.add(l(Words.GROUP));
      }
      if (split) {
        parts.forEach(p -> head.add(l(p.label())));
        head.add(l(Words.MEAN));
      } else {
        head.add(l(Words.SCORE));
      }
      List<List<Cell>> rows = new ArrayList<>();
      for (QuestionRow q : d.questions()) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.of(q.id()), Cell.of(q.text().preferThai())));
        if (oit) {
          cells.add(Cell.of(q.group().orElse("")));
        }
        if (split) {
          parts.forEach(p -> cells.add(Cell.n(Words.part(q.parts(), p))));
        }
        cells.add(q.excluded().map(e -> Cell.of(l(Label.of("ไม่นำมาคิดคะแนน", "excluded")) + ": " + e))
            .orElse(Cell.n(num(q.score()))));
        rows.add(cells);
      }
      table(head, rows);
    }
  }

  private static String figures(QuestionRow q) {
    List<String> fs = new ArrayList<>();
    q.score().ifPresent(s -> fs.add(num(s)));
    q.parts().forEach(p -> fs.add(p.part() + " " + num(p.score())));
    return String.join(", ", fs);
  }

  private void findings(Label title, List<Finding> findings) {
    heading(2, l(title));
    if (findings.isEmpty()) {
      muted(l(Words.NONE));
      return;
    }
    for (Finding f : findings) {
      bullet(0, l(Words.INDICATOR) + " " + f.indicator() + " " + l(f.name()) + ": " + num(f.score()), true);
      f.questions().forEach(q -> bullet(1, q.id() + " " + q.text().preferThai() + " — " + figures(q), false));
    }
  }

  private void themes(AnalysisReport r) {
    heading(2, l(Words.THEMES));
    if (r.themes().isEmpty()) {
      muted(l(Label.of("เกณฑ์ปีนี้ไม่ได้กำหนดประเด็น", "the rubric defines no themes")));
      return;
    }
    for (ThemeSection t : r.themes()) {
      heading(3, l(Words.THEME) + " " + t.number() + " " + l(t.name()));
      run(paragraph(), t.questions().stream().map(q -> q.id() + " " + (q.figures().isEmpty() ? "–"
          : q.score().map(Docx::num).orElse(figures(q)))).collect(Collectors.joining(" · ")));
      XWPFParagraph p = paragraph();
      run(p, l(Words.BELOW) + ": ");
      if (t.belowThreshold().isEmpty()) {
        run(p, l(Words.NONE));
      } else {
        XWPFRun below = bold(run(p, String.join(", ", t.belowThreshold())));
        below.setColor(MISS);
      }
    }
  }

  private void plan(ImprovementPlan p) {
    heading(2, l(Words.PLAN));
    XWPFParagraph start = paragraph();
    run(start, l(Words.START) + ": ");
    bold(run(start, num(p.startTotal())));
    if (!p.questionGains().isEmpty()) {
      int top = Math.min(Markdown.TOP_GAINS, p.questionGains().size());
      heading(3, l(Words.GAINS) + " (" + top + " / " + p.questionGains().size() + ")");
      List<List<Cell>> rows = new ArrayList<>();
      int k = 0;
      for (Gain g : p.questionGains().subList(0, top)) {
        rows.add(List.of(Cell.n(Integer.toString(++k)), Cell.of(g.key()), Cell.n(num(g.score())),
            Cell.n("+" + num(g.gain())), Cell.of(g.exactGain())));
      }
      table(List.of("#", l(Words.QUESTION), l(Words.SCORE), l(Words.GAIN), l(Words.EXACT)), rows);
    }
    heading(3, l(Words.INDICATOR_GAINS));
    table(List.of(l(Words.INDICATOR), l(Words.SCORE), l(Words.GAIN), l(Words.EXACT)), p.indicatorGains().stream()
        .map(g -> List.of(Cell.n(g.id()), Cell.n(num(g.score())), Cell.n("+" + num(g.gain())), Cell.of(g.exactGain())))
        .toList());
    levels(Words.OIT_PLANS, p.oitPlans());
    levels(Words.INDICATOR_PLANS, p.indicatorPlans());
    if (!p.notPlanned().isEmpty()) {
      muted(l(Words.NOT_PLANNED) + ": " + p.notPlanned().size() + " (" + p.notPlanned().stream().limit(12)
          .collect(Collectors.joining(", ")) + (p.notPlanned().size() > 12 ? ", …" : "") + ")");
    }
    p.notes().forEach(n -> note(l(Words.NOTES), List.of(n)));
  }

  private void levels(Label title, List<LevelPlan> plans) {
    heading(3, l(title));
    List<List<Cell>> rows = new ArrayList<>();
    for (LevelPlan lp : plans) {
      rows.add(List.of(Cell.of(l(lp.target().label())), Cell.of(l(Words.status(lp.status()))),
          Cell.of(lp.fix().isEmpty() ? "–" : String.join(", ", lp.fix())), Cell.n(num(lp.resultingTotal())),
          Cell.of(lp.resultingRating().map(rt -> l(rt.label())).orElse(lp.resultingCandidates().stream()
              .map(rt -> l(rt.label())).collect(Collectors.joining(" / "))))));
    }
    table(List.of(l(Words.LEVEL), l(Words.STATUS), l(Words.FIX), l(Words.TOTAL), l(Words.RESULTING)), rows);
    plans.stream().filter(lp -> lp.status() == LevelPlan.Status.OUT_OF_REACH
        || lp.status() == LevelPlan.Status.UNDETERMINED).forEach(lp -> {
          bullet(0, lp.explanation().th(), false);
          if (lp.explanation().en() != null) {
            muted(lp.explanation().en());
          }
        });
  }

  /** The measures in the columns the agencies' plans use: issue or indicator, measure, steps, period, responsible. */
  private void measures(AnalysisReport r) {
    heading(2, l(Words.MEASURES));
    if (r.measures().isEmpty()) {
      muted(l(Words.NOT_SUPPLIED));
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Measure m : r.measures()) {
      String subject = m.subject() == Measure.Subject.THEME
          ? l(Words.THEME) + " " + m.number() + r.themes().stream().filter(t -> t.number() == m.number())
              .findFirst().map(t -> " " + l(t.name())).orElse("")
          : l(Words.INDICATOR) + " " + m.number();
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < m.steps().size(); i++) {
        steps.add((i + 1) + ". " + m.steps().get(i));
      }
      rows.add(cells(subject, m.measure(), String.join("\n", steps), m.timeframe(), m.responsible()));
    }
    table(List.of(l(Words.SUBJECT), l(Words.MEASURE), l(Words.STEPS), l(Words.TIMEFRAME), l(Words.RESPONSIBLE)), rows);
  }
}
