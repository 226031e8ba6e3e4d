package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.render.Language;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Comparisons and cohorts read in Thai only by default, English only or both on request. */
class ThaiByDefaultTest {
  static final Rubric FY2564 = Rubrics.forFiscalYear(2564);
  static final Rubric FY2566 = Rubrics.forFiscalYear(2566);
  /** The names an officer knows in Latin letters: the assessment, its tools, FY2564's grade letters. */
  static final Set<String> NAMES = Set.of("ITA", "IIT", "EIT", "OIT", "AA", "A", "B", "C", "D", "E", "F");

  /** Every run of Latin letters in the text that is not one of {@link #NAMES} (agency names are Thai here). */
  static List<String> latinWords(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("\\p{IsLatin}+").matcher(text);
    while (m.find()) {
      if (!NAMES.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  static ScoreCard card(Rubric r, String agency, String... ten) {
    return ScoringEngine.of(r).score(Inputs.fromIndicators(r.id(), ten)
        .agency(io.github.itasdk.core.input.Agency.named(agency)).build());
  }

  static String[] all(String s) {
    String[] a = new String[10];
    java.util.Arrays.fill(a, s);
    return a;
  }

  final Comparison comparison = Comparison.of(card(FY2564, "เทศบาลตำบลหนึ่ง", all("90")), FY2564,
      card(FY2566, "เทศบาลตำบลสอง", all("97")), FY2566);

  /** AA under FY2564 and ดี under FY2566 (EIT below 95); an FY2564 A with a tool below 85: not GOOD in FY2566. */
  final Cohort cohort = Cohort.of(List.of(card(FY2564, "เทศบาลตำบลหนึ่ง", all("96")),
      card(FY2564, "เทศบาลตำบลสอง", "100", "100", "100", "100", "100", "90", "90", "90", "100", "100"),
      card(FY2564, "เทศบาลตำบลสาม", "80", "80", "80", "80", "80", "100", "100", "100", "100", "100")),
      Rubrics.all(), new BigDecimal("65"));

  @Test
  void theLatinCheckFindsEnglishWordsAndCodes() {
    assertThat(latinWords("คะแนนรวม (total) ITA-2566/grades: AA, IIT 90.00")).containsExactly("total", "grades");
  }

  @Test
  void aComparisonIsInThaiOnlyByDefault() {
    String th = Markdown.render(comparison);
    assertThat(th).isEqualTo(Markdown.render(comparison, Language.TH));
    assertThat(latinWords(th)).isEmpty();
    assertThat(th).startsWith("# การเปรียบเทียบผลการประเมิน ITA\n\n|   | ครั้งที่ 1 | ครั้งที่ 2 |\n")
        .contains("| เกณฑ์การประเมิน | เกณฑ์ปี พ.ศ. 2564 | เกณฑ์ปี พ.ศ. 2566 |\n")
        .contains("| ระดับผลการประเมิน | เกณฑ์การจัดระดับปี พ.ศ. 2564: A; เกณฑ์การจัดระดับปี พ.ศ. 2566: ดี |")
        .contains("|  | คะแนนรวม | 90.00 | 97.00 | +7.00 |\n")
        .contains("| 8 | การปรับปรุงระบบการทำงาน | 90.00 | 97.00 | +7.00 |\n")
        .contains("> ผลทั้งสองครั้งเป็นของหน่วยงานต่างกัน: เทศบาลตำบลหนึ่ง และ เทศบาลตำบลสอง\n"
            + "> ใช้เกณฑ์การประเมินต่างกัน (เกณฑ์ปี พ.ศ. 2564 และ เกณฑ์ปี พ.ศ. 2566) จึงเทียบได้เฉพาะแบบวัดและตัวชี้วัด");
  }

  @Test
  void aComparisonInEnglishKeepsTheModelsSentences_andBothSideBySide() {
    String en = Markdown.render(comparison, Language.EN);
    assertThat(en).startsWith("# ITA comparison\n\n|   | first | second |\n")
        .contains("| Rubric | ITA-2564 | ITA-2566 |\n")
        .contains("| 8 | Improvement of work | 90.00 | 97.00 | +7.00 |\n");
    // English only: no Thai letter but in the agency names
    assertThat(en.replace("เทศบาลตำบลหนึ่ง", "").replace("เทศบาลตำบลสอง", "")).doesNotContainPattern("\\p{InThai}");
    comparison.notes().forEach(n -> assertThat(en).contains("> " + n + "\n"));
    String both = Markdown.render(comparison, Language.TH_EN);
    assertThat(both).startsWith("# การเปรียบเทียบผลการประเมิน ITA (ITA comparison)\n\n|   | ครั้งที่ 1 (first) | ครั้งที่ 2 (second) |\n")
        .contains("| 8 | การปรับปรุงระบบการทำงาน (Improvement of work) | 90.00 | 97.00 | +7.00 |\n")
        .contains("| total | คะแนนรวม (total) | 90.00 | 97.00 | +7.00 |\n")
        .contains("> ผลทั้งสองครั้งเป็นของหน่วยงานต่างกัน: เทศบาลตำบลหนึ่ง และ เทศบาลตำบลสอง (the cards name different agencies");
  }

  @Test
  void aCohortIsInThaiOnlyByDefault() {
    String th = Markdown.render(cohort);
    assertThat(th).isEqualTo(Markdown.render(cohort, Language.TH));
    assertThat(latinWords(th)).isEmpty();
    assertThat(th).startsWith("# สถิติกลุ่มหน่วยงาน\n\n- จำนวนหน่วยงาน: 3 (ปีงบประมาณ พ.ศ. 2564)\n"
        + "- คะแนนรวมตั้งแต่เกณฑ์ 85.00: 3 (100.00 %), ค่าเป้าหมาย 65.00 % — บรรลุ\n"
        + "- คะแนนรวม: จำนวน 3, เฉลี่ย 95.67, ค่ามัธยฐาน 96.00, ต่ำสุด 94.00, สูงสุด 97.00\n")
        .contains("| เกณฑ์การจัดระดับปี พ.ศ. 2564 | AA | 2 |\n")
        .contains("| ตัวชี้วัด | ชื่อ | จำนวน | เฉลี่ย | ค่ามัธยฐาน | ต่ำสุด | สูงสุด |\n")
        .contains("| เทศบาลตำบลสอง ปีงบประมาณ พ.ศ. 2564 | 97.00 | AA | เกณฑ์การจัดระดับปี พ.ศ. 2566 ดี | "
            + "ได้ระดับสูงสุดตามเกณฑ์การจัดระดับเพียงปีเดียว |\n");
  }

  @Test
  void aCohortInEnglishKeepsTheModelsSentences_andBothSideBySide() {
    String en = Markdown.render(cohort, Language.EN);
    assertThat(en).startsWith("# Cohort statistics\n\n- agency-years: 3 (FY2564)\n"
        + "- total at or above 85.00: 3 (100.00 %), target 65.00 % — met\n"
        + "- Total: " + cohort.totals() + "\n")
        .contains("| Indicator | Name | n | mean | median | min | max |\n")
        .contains("| เทศบาลตำบลสอง FY2564 | 97.00 | AA | ITA-2566/grades Good | top level under ITA-2564/grades only |\n");
    String both = Markdown.render(cohort, Language.TH_EN);
    assertThat(both).startsWith("# สถิติกลุ่มหน่วยงาน (Cohort statistics)\n\n- จำนวนหน่วยงาน (agency-years): 3 ")
        .contains("| ตัวชี้วัด (Indicator) | ชื่อ (Name) | จำนวน (n) | เฉลี่ย (mean) | ค่ามัธยฐาน (median) | ต่ำสุด (min) | สูงสุด (max) |")
        .contains("| ได้ระดับสูงสุดตามเกณฑ์การจัดระดับเพียงปีเดียว (top level under ITA-2564/grades only) |\n");
  }

  /** No two shipped policies differ in meeting the target (both at 85): a policy file of one's own may. */
  @Test
  void aDifferenceInMeetingTheTargetSaysUnderWhichPolicy() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
        io.github.itasdk.core.json.ItaJson.write(cohort));
    var d = (com.fasterxml.jackson.databind.node.ObjectNode) tree.withArray("policyDifferences").get(0);
    ((com.fasterxml.jackson.databind.node.ObjectNode) d.get("other")).put("meetsTarget", false);
    d.put("difference", "meets the target under ITA-2564/grades only");
    Cohort c = io.github.itasdk.core.json.ItaJson.read(tree.toString(), Cohort.class);
    assertThat(Markdown.render(c)).contains("| ผ่านค่าเป้าหมายเฉพาะตามเกณฑ์การจัดระดับปี พ.ศ. 2564 |\n");
    assertThat(Markdown.render(c, Language.EN)).contains("| meets the target under ITA-2564/grades only |\n");
  }
}
