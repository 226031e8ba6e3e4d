package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.render.Chart;
import io.github.itasdk.core.uncertainty.Bootstrap;
import io.github.itasdk.core.uncertainty.BootstrapOptions;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.core.uncertainty.RatingChance;
import io.github.itasdk.core.uncertainty.Uncertainty;
import io.github.itasdk.report.render.Html;
import io.github.itasdk.report.render.Language;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The uncertainty section of the analysis report and the cohort's too-close-to-call list. The report does not
 * resample: these tests run the bootstrap (1,000 resamples, seed 7 — deterministic on any thread count) and pass
 * its result in.
 */
class UncertaintyTest {
  static final BootstrapOptions OPTS = BootstrapOptions.builder().resamples(1000).seed(7).build();
  static final Rubric FY2564 = Rubrics.forFiscalYear(2564);
  static final Rubric FY2566 = Rubrics.forFiscalYear(2566);

  static AnalysisReport withUncertainty(String example) {
    AssessmentInput in = Examples.input(example);
    Rubric r = Rubrics.forId(in.rubric());
    ScoreCard card = ScoringEngine.of(r).score(in);
    return AnalysisReport.of(card, r, ReportOptions.builder().uncertainty(Bootstrap.of(r).run(in, OPTS)).build());
  }

  /** examples/made-up-municipality-2564.json: raw IIT and EIT answers (24 and 40 respondents), OIT audited. */
  static AnalysisReport municipality() {
    return withUncertainty("made-up-municipality-2564");
  }

  // Every figure below the one pinned example is checked against the section's own numbers, so that a change of
  // the random stream changes only that example; the statistical behaviour is stated in BootstrapTest.
  static String two(BigDecimal v) {
    return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  static String four(BigDecimal v) {
    return v.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** A probability as the reports print it: a percentage with 2 decimals. */
  static String percent(BigDecimal p) {
    return p.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
  }

  static BigDecimal chance(UncertaintySection u, String code) {
    return BigDecimal.valueOf(u.ratings().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow()
        .probability());
  }

  /** A row of the section's interval table. */
  static String row(String label, Interval i) {
    return "| " + label + " | " + two(i.estimate()) + " | " + two(i.low()) + " | " + two(i.high()) + " | "
        + four(i.standardError()) + " |\n";
  }

  @Nested
  class FromRawAnswers {
    final AnalysisReport report = municipality();

    @Test
    void theSectionCarriesTheBootstrapsFiguresAndTheRatingItComparesWith() {
      UncertaintySection u = report.uncertainty().orElseThrow();
      assertThat(u.available()).isTrue();
      assertThat(u.reason()).isEmpty();
      assertThat(u.level()).isEqualByComparingTo("0.95");
      assertThat(u.resamples()).isEqualTo(1000);
      assertThat(u.seed()).isEqualTo(7);
      assertThat(u.total()).map(Interval::toString).hasValue("total 83.85 [82.93, 84.69] se 0.4414");
      assertThat(u.total().orElseThrow().estimate()).isEqualByComparingTo(report.header().total());
      assertThat(u.tools()).extracting(Interval::id).containsExactly("IIT", "EIT"); // OIT is an audit: fixed
      assertThat(u.indicators()).extracting(Interval::id).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
      assertThat(u.indicator(3)).map(Interval::toString).hasValue("3 83.72 [78.40, 88.43] se 2.5225");
      assertThat(u.target()).isEqualByComparingTo("85.00");
      assertThat(u.probabilityMeetsTarget()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.0030"));
      assertThat(u.rating()).map(rt -> rt.code()).hasValue("B");
      assertThat(u.probabilityRatingDiffers()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.0030"));
      assertThat(u.ratings()).extracting(RatingChance::code).containsExactly("AA", "A", "B", "C", "D", "E", "F");
      assertThat(u.planning()).extracting(Object::toString)
          .containsExactly("IIT: 24 → 24 (minimum sample 24)", "EIT: 40 → 40 (minimum sample 120)");
    }

    @Test
    void markdownShowsTheSectionWithItsTables() {
      // the numbers are the section's own (pinned once, above): a change of the random stream changes no text here
      UncertaintySection u = report.uncertainty().orElseThrow();
      Interval t = u.total().orElseThrow();
      String md = Markdown.render(report, Language.TH_EN);
      assertThat(md).contains("| คะแนนรวม (Total) | **" + two(t.estimate()) + "** |\n"
          + "| ช่วงความเชื่อมั่นของคะแนนรวม (Interval of the total) | 95 %: " + two(t.low()) + " – " + two(t.high())
          + " (SE " + four(t.standardError()) + ") |\n");
      assertThat(md).contains("""
          ## ความไม่แน่นอนของคะแนน (Uncertainty of the scores)

          ระดับความเชื่อมั่น (Interval level) 95 % · จำนวนรอบการสุ่มซ้ำ (bootstrap resamples) 1000 · ค่าตั้งต้นการสุ่ม (seed) 7

          | รายการ (Figure) | คะแนน (Score) | ขอบล่าง (low) | ขอบบน (high) | ความคลาดเคลื่อนมาตรฐาน (standard error) |
          |---|---|---|---|---|
          """ + row("คะแนนรวม (Total)", t) + row("IIT", u.tools().get(0)) + row("EIT", u.tools().get(1))
          + row("ตัวชี้วัดที่ 1 (indicator 1)", u.indicator(1).orElseThrow()));
      assertThat(md).contains(row("ตัวชี้วัดที่ 8 (indicator 8)", u.indicator(8).orElseThrow()) + """

          | เหตุการณ์ (Event) | ความน่าจะเป็น (Probability) |
          |---|---|
          """ + "| คะแนนรวมตั้งแต่ 85.00 (total ≥ 85.00) | " + percent(u.probabilityMeetsTarget().orElseThrow()) + " |\n"
          + "| ระดับต่างจาก B (rating other than B) | " + percent(u.probabilityRatingDiffers().orElseThrow()) + " |\n"
          + "| ระดับ AA (rated AA) | " + percent(chance(u, "AA")) + " |\n"
          + "| ระดับ A (rated A) | " + percent(chance(u, "A")) + " |\n"
          + "| ระดับ B (rated B) | " + percent(chance(u, "B")) + " |\n");
      assertThat(md).contains("""
          ### ขนาดตัวอย่าง (Sample plan) (±1.00)

          | แบบวัด (Tool) | ผู้ตอบปัจจุบัน (respondents now) | ผู้ตอบที่ต้องการสำหรับ ±1.00 (needed for ±1.00) | ขนาดตัวอย่างขั้นต่ำ (minimum sample) |
          |---|---|---|---|
          """ + "| IIT | 24 | " + u.planning().get(0).needed() + " | 24 |\n"
          + "| EIT | 40 | " + u.planning().get(1).needed() + " | 120 |\n" + """

          หมายเหตุ (Notes): OIT and published figures held fixed (an audit, not a sample)
          """);
      // the section sits between the indicator table and the questions
      assertThat(md.indexOf("## คะแนนรายตัวชี้วัด")).isLessThan(md.indexOf("## ความไม่แน่นอนของคะแนน"));
      assertThat(md.indexOf("## ความไม่แน่นอนของคะแนน")).isLessThan(md.indexOf("## คะแนนรายข้อคำถาม"));
    }

    @Test
    void htmlShowsTheSectionAndTheTotalsIntervalInTheHeader() {
      UncertaintySection u = report.uncertainty().orElseThrow();
      Interval t = u.total().orElseThrow();
      String html = Html.render(report, Language.TH_EN);
      assertThat(html).contains("<tr><th scope=\"row\">ช่วงความเชื่อมั่นของคะแนนรวม (Interval of the total)</th>"
          + "<td>95 %: " + two(t.low()) + " – " + two(t.high()) + " (SE " + four(t.standardError()) + ")</td></tr>");
      assertThat(html).contains("<h2>ความไม่แน่นอนของคะแนน (Uncertainty of the scores)</h2>")
          .contains("<tr><td>คะแนนรวม (Total)</td><td class=\"n\">" + two(t.estimate()) + "</td><td class=\"n\">"
              + two(t.low()) + "</td><td class=\"n\">" + two(t.high()) + "</td><td class=\"n\">"
              + four(t.standardError()) + "</td></tr>")
          .contains("<tr><td>ระดับต่างจาก B (rating other than B)</td><td class=\"n\">"
              + percent(u.probabilityRatingDiffers().orElseThrow()) + "</td></tr>");
    }

    @Test
    void theChartDrawsAWhiskerOnEveryResampledIndicator() {
      String html = Html.render(report, Language.TH_EN);
      String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
      // indicators 1-8 come from answers; 9 and 10 (OIT) are an audit, held fixed: no whisker
      assertThat(svg.split("<g class=\"interval\"", -1)).hasSize(1 + 8);
      UncertaintySection u = report.uncertainty().orElseThrow();
      Interval i1 = u.indicator(1).orElseThrow();
      Interval i8 = u.indicator(8).orElseThrow();
      String title1 = "1: 95 % " + two(i1.low()) + " – " + two(i1.high());
      assertThat(svg).contains("<title>" + title1 + "</title>")
          .contains("<title>8: 95 % " + two(i8.low()) + " – " + two(i8.high()) + "</title>")
          .doesNotContain("<title>9: 95 %")
          .contains(">ช่วงความเชื่อมั่น 95 % (95 % interval)</text>");
      // whisker of indicator 1 (slot 66.6 wide from x 44): from y(low) = top + 250 − 2.5 · low to y(high)
      Chart chart = Chart.of(report, Language.TH_EN);
      double top = chart.plot().y();
      Chart.Whisker w = chart.whiskers().get(0);
      assertThat(w.x()).isCloseTo(44 + 66.6 / 2, within(1e-9));
      assertThat(w.low()).isCloseTo(top + 250 - 2.5 * i1.low().doubleValue(), within(1e-9));
      assertThat(w.high()).isCloseTo(top + 250 - 2.5 * i1.high().doubleValue(), within(1e-9));
      assertThat(w.title()).isEqualTo(title1);
    }

    @Test
    void theReportWithItsSectionSurvivesAJsonRoundTripAndFollowsTheSchema() throws IOException {
      assertThat(ItaJson.read(ItaJson.write(report), AnalysisReport.class)).isEqualTo(report);
      SchemaTest.conforms(report, "analysis-report.schema.json");
      assertThat(ItaJson.write(report)).contains("\"probabilityRatingDiffers\" : "
          + report.uncertainty().orElseThrow().probabilityRatingDiffers().orElseThrow().toPlainString());
    }
  }

  @Nested
  class PublishedFiguresOnly {
    final AnalysisReport report = withUncertainty("thakub-sao-2566");

    @Test
    void theSectionSaysPlainlyThereIsNoIntervalAndWhy() {
      UncertaintySection u = report.uncertainty().orElseThrow();
      assertThat(u.available()).isFalse();
      assertThat(u.total()).isEmpty();
      assertThat(u.indicators()).isEmpty();
      assertThat(u.probabilityMeetsTarget()).isEmpty();
      assertThat(u.probabilityRatingDiffers()).isEmpty();
      assertThat(u.ratings()).isEmpty();
      assertThat(u.reason()).hasValueSatisfying(r -> assertThat(r)
          .startsWith("no interval: the input has no raw survey answers to resample (published figures only)"));
    }

    @Test
    void markdownAndHtmlStateTheReasonAndInventNoInterval() throws IOException {
      String md = Markdown.render(report, Language.TH_EN);
      assertThat(md).contains("| ช่วงความเชื่อมั่นของคะแนนรวม (Interval of the total) | ไม่มีช่วงความเชื่อมั่น (no interval) |");
      String section = md.substring(md.indexOf("## ความไม่แน่นอนของคะแนน"), md.indexOf("## จุดแข็ง"));
      assertThat(section).isEqualTo("""
          ## ความไม่แน่นอนของคะแนน (Uncertainty of the scores)

          > ไม่มีช่วงความเชื่อมั่น (no interval): no interval: the input has no raw survey answers to resample \
          (published figures only), so nothing says how the score would vary with another sample

          """);
      String html = Html.render(report, Language.TH_EN);
      assertThat(html).contains("<p class=\"note\">ไม่มีช่วงความเชื่อมั่น (no interval): no interval: "
          + "the input has no raw survey answers");
      assertThat(html).doesNotContain("class=\"interval\"").doesNotContain("intervals as whiskers")
          .doesNotContain(">95 %:");
      SchemaTest.conforms(report, "analysis-report.schema.json");
      assertThat(ItaJson.read(ItaJson.write(report), AnalysisReport.class)).isEqualTo(report);
    }
  }

  @Test
  void anUncertaintyOfAnotherInputIsRejectedWithEveryMismatch() {
    ScoreCard card = ScoringEngine.of(FY2564).score(Inputs.iitAnswers(FY2564, "X", 19, 1, "90", "90").build());
    Uncertainty other = Bootstrap.of(FY2564).run(Examples.input("made-up-municipality-2564"), OPTS);
    assertThatThrownBy(() -> AnalysisReport.of(card, FY2564, ReportOptions.builder().uncertainty(other).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).startsWith(
            new Problem("uncertainty.total", "estimate of [total] is [83.85], the score card's figure is [91.50]: "
                + "the uncertainty is not of this card"),
            new Problem("uncertainty.tools[0]", "estimate of [IIT] is [86.79], the score card's figure is [95.00]: "
                + "the uncertainty is not of this card")));
  }

  @Nested
  class TooCloseToCall {
    /**
     * A hand-made FY2564 cohort (A = 85.00 and up, B = 75.00 - 84.99, AA = 95.00 and up), IIT from raw answers,
     * EIT and OIT published and held fixed:
     * <ul>
     *   <li>Close: 10 respondents score 100, 10 score 0 → IIT 50, total 0.3 · 50 + 0.3 · 100 + 0.4 · 100 = 85.00, A.
     *       A resample is A when at least 10 of its 20 draws score 100 (about 59 %), so the rating differs in
     *       about 41 % of the resamples, and the total's interval (about 79 – 91) straddles 85;</li>
     *   <li>Clear: 19 score 100, 1 scores 0 → IIT 95, total 28.5 + 27 + 36 = 91.50, A. Below 85 needs 6 of 20
     *       draws at 0 (under 0.1 %); 95 is out of reach (IIT would need over 100): the interval stays inside
     *       A's band;</li>
     *   <li>Published: indicators only (all 90, total 90.00): no interval.</li>
     * </ul>
     */
    final List<AssessmentInput> inputs = List.of(
        Inputs.iitAnswers(FY2564, "Close", 10, 10, "100", "100").build(),
        Inputs.iitAnswers(FY2564, "Clear", 19, 1, "90", "90").build(),
        Inputs.fromIndicators("ITA-2564", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90")
            .agency(io.github.itasdk.core.input.Agency.named("Published")).build());
    final List<ScoreCard> cards = inputs.stream().map(in -> ScoringEngine.of(FY2564).score(in)).toList();
    final List<Uncertainty> us = inputs.stream().map(in -> Bootstrap.of(FY2564).run(in, OPTS)).toList();
    final Cohort cohort = Cohort.of(cards, Rubrics.all(), new BigDecimal("65")).withUncertainties(us);

    @Test
    void theMemberWhoseIntervalStraddles85IsTooCloseToCall_theOtherIsNot() {
      assertThat(cards).extracting(c -> c.total().toPlainString() + " " + c.rating().orElseThrow().code())
          .containsExactly("85.00 A", "91.50 A", "90.00 A");
      Interval close = us.get(0).total().orElseThrow();
      assertThat(close.low()).isLessThan(new BigDecimal("85"));
      assertThat(close.high()).isGreaterThan(new BigDecimal("85"));
      Interval clear = us.get(1).total().orElseThrow();
      assertThat(clear.low()).isGreaterThan(new BigDecimal("85"));
      assertThat(clear.high()).isLessThan(new BigDecimal("95"));
      assertThat(us.get(1).probabilityRatingDiffers().orElseThrow()).isLessThanOrEqualTo(0.05);

      CohortUncertainty cu = cohort.uncertainty().orElseThrow();
      assertThat(cu.level()).isEqualByComparingTo("0.95");
      assertThat(cu.withInterval()).isEqualTo(2);
      assertThat(cu.tooCloseToCall()).singleElement().satisfies(c -> {
        assertThat(c.agency()).isEqualTo("Close");
        assertThat(c.interval()).hasValue(close);
        assertThat(c.rating()).map(rt -> rt.code()).hasValue("A");
        assertThat(c.probabilityRatingDiffers()).hasValueSatisfying(p -> assertThat(p).isBetween(
            new BigDecimal("0.30"), new BigDecimal("0.50")));
        // mostly A or B; AA (17 or more of 20 draws at 100) and C (3 or fewer) come up in about 0.1 % each
        assertThat(c.ratings()).extracting(RatingChance::code).contains("A", "B").isSubsetOf("AA", "A", "B", "C");
      });
      assertThat(cu.noInterval()).singleElement().satisfies(c -> {
        assertThat(c.agency()).isEqualTo("Published");
        assertThat(c.interval()).isEmpty();
        assertThat(c.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("no interval: the input has no raw"));
      });
    }

    @Test
    void markdownListsTheCloseCallsAndTheMembersWithoutAnInterval() throws IOException {
      String md = Markdown.render(cohort, Language.TH_EN);
      assertThat(md).contains("## ระดับผลการประเมินที่ยังชี้ขาดไม่ได้ (Ratings too close to call) (95 %)\n\n"
          + "ระดับต่างจากค่าประมาณในการสุ่มซ้ำมากกว่า 5.00 % (rating differs in more than 5.00 % of the resamples): 1 / 2\n");
      CloseCall c = cohort.uncertainty().orElseThrow().tooCloseToCall().get(0);
      Interval i = c.interval().orElseThrow();
      assertThat(md).contains("| Close ปีงบประมาณ พ.ศ. 2564 (FY2564) | 85.00 | " + i.low() + " – " + i.high() + " | A |");
      assertThat(md).contains("### ไม่มีช่วงความเชื่อมั่น (ใช้คะแนนที่ประกาศเท่านั้น) (no interval (published figures only)): 1\n\n"
          + "- Published ปีงบประมาณ พ.ศ. 2564 (FY2564) (90.00): no interval: the input has no raw survey answers");
      // Thai only by default: the core's English reason is left out, the heading says why
      String th = Markdown.render(cohort);
      assertThat(th).contains("## ระดับผลการประเมินที่ยังชี้ขาดไม่ได้ (95 %)\n\n"
          + "ระดับต่างจากค่าประมาณในการสุ่มซ้ำมากกว่า 5.00 %: 1 / 2\n");
      assertThat(th).contains("| Close ปีงบประมาณ พ.ศ. 2564 | 85.00 | " + i.low() + " – " + i.high() + " | A |");
      assertThat(th).contains("### ไม่มีช่วงความเชื่อมั่น (ใช้คะแนนที่ประกาศเท่านั้น): 1\n\n"
          + "- Published ปีงบประมาณ พ.ศ. 2564 (90.00)\n");
      assertThat(ThaiByDefaultTest.latinWords(th)).containsOnly("Close", "Published");
      String en = Markdown.render(cohort, Language.EN);
      assertThat(en).contains("## Ratings too close to call (95 %)\n\nrating differs in more than 5.00 % of the resamples: 1 / 2\n")
          .contains("| Close FY2564 | 85.00 | " + i.low() + " – " + i.high() + " | A |")
          .contains("- Published FY2564 (90.00): no interval: the input has no raw survey answers");
      assertThat(md).doesNotContain("| Clear");
      SchemaTest.conforms(cohort, "cohort.schema.json");
      assertThat(ItaJson.read(ItaJson.write(cohort), Cohort.class)).isEqualTo(cohort);
    }

    @Test
    void theRuleIsStrictlyAboveOneMinusTheLevel_withoutBinaryNoise() {
      ScoreCard card = cards.get(1);
      // 1 − 0.95 in binary is 0.050000000000000044: the same share as 0.05, so not too close to call
      Cohort at = Cohort.of(List.of(card), Rubrics.all(), BigDecimal.TEN).withUncertainties(List.of(
          fake(card, 0.95, 1.0 - 0.95)));
      assertThat(at.uncertainty().orElseThrow().tooCloseToCall()).isEmpty();
      Cohort above = Cohort.of(List.of(card), Rubrics.all(), BigDecimal.TEN).withUncertainties(List.of(
          fake(card, 0.95, 0.051)));
      assertThat(above.uncertainty().orElseThrow().tooCloseToCall()).hasSize(1);
      Cohort at90 = Cohort.of(List.of(card), Rubrics.all(), BigDecimal.TEN).withUncertainties(List.of(
          fake(card, 0.90, 0.051)));
      assertThat(at90.uncertainty().orElseThrow().tooCloseToCall()).isEmpty();
    }

    /** An Uncertainty is an output: made here the way a caller can, by reading its JSON. */
    static Uncertainty fake(ScoreCard card, double level, double differs) {
      var tree = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("available", true);
      tree.putRawValue("options", new com.fasterxml.jackson.databind.util.RawValue(
          ItaJson.write(BootstrapOptions.builder().level(level).build())));
      tree.putObject("total").put("id", "total").put("estimate", card.total()).put("low", card.total())
          .put("high", card.total()).put("median", card.total()).put("standardError", BigDecimal.ZERO);
      tree.put("probabilityRatingDiffers", differs);
      return ItaJson.read(tree.toString(), Uncertainty.class);
    }

    @Test
    void aListOfTheWrongSizeOrOrderOrMixedLevelsIsRejected() {
      Cohort plain = Cohort.of(cards, Rubrics.all(), new BigDecimal("65"));
      assertThatThrownBy(() -> plain.withUncertainties(us.subList(0, 2)))
          .isInstanceOf(ItaException.class)
          .hasMessage("Uncertainties [2] do not match the cohort's members [3]: pass one per member, in member order");
      List<Uncertainty> swapped = new ArrayList<>(List.of(us.get(1), us.get(0), us.get(2)));
      assertThatThrownBy(() -> plain.withUncertainties(swapped))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
              new Problem("uncertainties[0]", "total estimate [91.50] is not the total [85.00] of member [Close FY2564]: "
                  + "pass the uncertainties in member order"),
              new Problem("uncertainties[1]", "total estimate [85.00] is not the total [91.50] of member [Clear FY2564]: "
                  + "pass the uncertainties in member order")));
      List<Uncertainty> mixed = List.of(us.get(0), fake(cards.get(1), 0.90, 0), us.get(2));
      assertThatThrownBy(() -> plain.withUncertainties(mixed))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
              new Problem("uncertainties", "bootstraps at different levels [0.9, 0.95]: run every member's at one level")));
    }
  }
}
