package io.github.itasdk.report.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.report.AnalysisReport;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTest {
  static XWPFDocument read(AnalysisReport r) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(Docx.render(r)));
  }

  static List<String> headings(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
  }

  @Test
  void theThaKubReportReadsBackWithRealHeadingsTablesAndThaiText() throws Exception {
    try (XWPFDocument doc = read(Reports.thaKubWithMeasures())) {
      assertThat(headings(doc, "Heading1")).containsExactly(
          "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)");
      // the page's sections, in its order (Thai only by default)
      assertThat(headings(doc, "Heading2")).containsSubsequence("สรุปผลการประเมิน", "คะแนนรายแบบวัด",
          "คะแนนรายตัวชี้วัด", "แผนภูมิคะแนนรายตัวชี้วัด", "จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน", "คะแนนรายข้อคำถาม",
          "มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส", "ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน",
          "ผู้รับรองรายงาน");
      assertThat(headings(doc, "Heading3")).contains("ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน — 83.18");
      // the styles are defined, with outline levels, so Word's navigation pane lists the headings
      assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).hasToString("0");
      assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");

      XWPFTable header = doc.getTables().get(0);
      assertThat(header.getRow(0).getCell(0).getText()).isEqualTo("หน่วยงาน"); // no empty heading row
      assertThat(header.getRow(0).getCell(1).getText()).isEqualTo("องค์การบริหารส่วนตำบลท่ากูบ");
      XWPFTable indicators = doc.getTables().get(2);
      assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
      assertThat(indicators.getRow(8).getTableCells()).extracting(c -> c.getText())
          .containsExactly("8", "การปรับปรุงการทำงาน", "EIT", "83.18", "ไม่ผ่านเกณฑ์");
      XWPFTable measures = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
          .equals("ประเด็นที่ต้องยกระดับ")).findFirst().orElseThrow();
      assertThat(measures.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("#",
          "ประเด็นที่ต้องยกระดับ", "มาตรการ", "ขั้นตอนหรือวิธีการปฏิบัติ", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ");
      assertThat(measures.getRow(1).getCell(3).getParagraphs()).extracting(XWPFParagraph::getText)
          .containsExactly("1. สำรวจบริการที่ขอผ่านช่องทางออนไลน์ได้", "2. เปิดระบบและประชาสัมพันธ์");
      assertThat(doc.getTables()).anySatisfy(t -> assertThat(t.getText()).contains("นายสมมติ ตัวอย่าง"));

      // A4 and the document font
      var sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).hasToString("11906");
      assertThat(sect.getPgSz().getH()).hasToString("16838");
      var fonts = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
      assertThat(List.of(fonts.getAscii(), fonts.getCs())).containsOnly("TH Sarabun New");

      // the chart as a PNG picture
      List<XWPFPictureData> pictures = doc.getAllPictures();
      assertThat(pictures).hasSize(1);
      assertThat(pictures.get(0).getPictureTypeEnum()).isEqualTo(org.apache.poi.common.usermodel.PictureType.PNG);
      assertThat(pictures.get(0).getData()).hasSizeGreaterThan(5000);
    }
  }

  @Test
  void eitPartsIntervalsAndTheOtherLanguagesAppearAsInThePage() throws Exception {
    try (XWPFDocument doc = read(Reports.of("dept-industrial-works-2566"))) {
      XWPFTable tools = doc.getTables().get(1);
      assertThat(tools.getRow(0).getTableCells()).hasSize(5); // tool, weight, score, EIT part 1, part 2
    }
    try (XWPFDocument doc = read(Reports.withWhiskers())) {
      assertThat(headings(doc, "Heading2")).contains("ความไม่แน่นอนของคะแนน");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Docx.render(Reports.of("thakub-sao-2566"),
        io.github.itasdk.report.render.Language.TH_EN)))) {
      assertThat(headings(doc, "Heading2")).contains("คะแนนรายตัวชี้วัด (Indicator scores)");
    }
  }

  @Test
  void libreOfficeOpensTheDocument(@TempDir Path tmp) throws Exception {
    var soffice = Reports.tool("soffice");
    Reports.skipUnless(soffice.isPresent(), "LibreOffice is not installed (Debian: apt-get install "
        + "libreoffice-writer-nogui): the .docx was not opened by office software");
    Path docx = tmp.resolve("thakub.docx");
    Files.write(docx, Docx.render(Reports.thaKubWithMeasures()));
    Files.copy(docx, Reports.out().resolve("thakub-sao-2566.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Reports.run(List.of(soffice.get().toString(), "-env:UserInstallation=" + tmp.resolve("lo-profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", tmp.toString(), docx.toString()));
    Path pdf = tmp.resolve("thakub.pdf");
    assertThat(pdf).exists();
    Files.copy(pdf, Reports.out().resolve("thakub-sao-2566.docx.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    if (Reports.tool("pdftotext").isPresent()) {
      assertThat(Reports.run(List.of("pdftotext", pdf.toString(), "-"))).contains("การปรับปรุงการทำงาน").contains("83.18");
    } else {
      assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }
  }
}
