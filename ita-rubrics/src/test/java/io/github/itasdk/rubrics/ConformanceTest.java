package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.Origin;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Published results from the seeds, reproduced (SPEC §10). */
class ConformanceTest {

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Nested
  class ThaKubSao2566 {
    // seeds/report-2566-thakub-sao.txt: indicator scores and total 96.15, rated ผ่าน (SPEC §10)
    final AssessmentInput.Builder in = Inputs.fromIndicators("ITA-2566",
        "99.45", "100.00", "100.00", "100.00", "100.00", "89.84", "88.80", "83.18", "100.00", "100.00");

    @Test
    void tenIndicatorScoresGiveTheTotal96_15() {
      ScoreCard card = Ita.score(in.build());
      assertThat(card.total()).isEqualByComparingTo("96.15");
      assertThat(card.tool(ToolKind.IIT)).hasValue(d("99.89"));
      assertThat(card.tool(ToolKind.EIT)).hasValue(d("87.27"));
      assertThat(card.tool(ToolKind.OIT)).hasValue(d("100.00"));
    }

    @Test
    void withoutEitPartsTheRatingIsGoodOrPass_andThePublishedRatingSettlesIt() {
      ScoreCard open = Ita.score(in.build());
      assertThat(open.rating()).isEmpty();
      assertThat(open.ratingCandidates()).extracting(Rating::code).containsExactly("GOOD", "PASS");
      assertThat(open.warnings()).extracting(Warning::kind).contains(Warning.Kind.RATING_UNDETERMINED);

      ScoreCard settled = Ita.score(in.publishedRating("ผ่าน").build());
      assertThat(settled.rating()).map(Rating::code).hasValue("PASS");
      assertThat(settled.rating().orElseThrow().label().th()).isEqualTo("ผ่าน");
      assertThat(settled.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.RATING_FROM_PUBLISHED);
    }

    @Test
    void underFy2564sLetterGradesTheCardIsAnAA() {
      ScoreCard card = Ita.score(in.build()).ratedUnder(Rubrics.forFiscalYear(2564).ratingPolicy());
      assertThat(card.rating()).map(Rating::code).hasValue("AA");
      assertThat(card.ratingPolicy()).isEqualTo("ITA-2564/grades");
    }
  }

  @Nested
  class DepartmentOfIndustrialWorks2566 {
    // seeds/report-2566-dept-industrial-works.txt: indicators, total 98.90, ดีเยี่ยม (SPEC §10)
    final AssessmentInput.Builder in = Inputs.fromIndicators("ITA-2566",
        "99.65", "99.01", "98.85", "98.60", "99.50", "97.95", "97.13", "96.58", "100.00", "100.00");

    static ScoreCard example() throws java.io.IOException {
      return Ita.score(java.nio.file.Files.readString(java.nio.file.Path.of("../examples/dept-industrial-works-2566.json")));
    }

    @Test
    void itsPerPartQuestionTablesGiveIndicators7And8() throws java.io.IOException {
      // seeds/report-2566-dept-industrial-works.txt lines 212–220 (e6–e10) and 131–133, 180, 373 (e11–e15):
      // each indicator part = mean of its five per-part question figures (SPEC §10)
      ScoreCard card = example();
      assertThat(card.indicator(7, io.github.itasdk.core.rubric.Part.PUBLIC)).hasValue(d("95.90"));  // 95.896
      assertThat(card.indicator(7, io.github.itasdk.core.rubric.Part.SURVEY)).hasValue(d("98.35"));  // 98.352
      assertThat(card.indicator(8, io.github.itasdk.core.rubric.Part.PUBLIC)).hasValue(d("96.05"));  // 96.054
      assertThat(card.indicator(8, io.github.itasdk.core.rubric.Part.SURVEY)).hasValue(d("97.10"));  // 97.102
      // indicator 8: mean of the ten numbers = 96.578 → 96.58, exactly as published
      assertThat(card.warnings()).noneMatch(w -> w.figure().equals("indicator 8"));
      // indicator 7: the ten numbers give 97.124 → 97.12 against 97.13 published; indicator 2's six IIT
      // figures give 99.04 against 99.01. The published figure wins; the gap is a warning (SPEC §2, §10).
      assertThat(card.indicator(7)).hasValue(d("97.13"));
      assertThat(card.warnings()).filteredOn(w -> w.kind() == Warning.Kind.INCONSISTENT_FIGURE)
          .extracting(Warning::figure, w -> w.given().orElseThrow(), w -> w.computed().orElseThrow())
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("indicator 2", d("99.01"), d("99.04")),
              org.assertj.core.groups.Tuple.tuple("indicator 7", d("97.13"), d("97.12")));
      // indicators 1, 3, 4, 5 reproduce exactly from the IIT question tables
      assertThat(card.warnings()).noneMatch(w -> List.of("indicator 1", "indicator 3", "indicator 4", "indicator 5")
          .contains(w.figure()));
    }

    @Test
    void withThePerPartTablesTheExcellentRatingNeedsNoPublishedLabel() throws java.io.IOException {
      // e4 is unprinted, so indicator 6 per part is bounded by its published mean 97.95; every split still
      // leaves both EIT parts at or above 95 (SPEC §10), so ดีเยี่ยม holds under the per-tool floor.
      ScoreCard card = example();
      assertThat(card.total()).isEqualByComparingTo("98.90");
      assertThat(card.ratingCandidates()).extracting(Rating::code).containsExactly("EXCELLENT");
      assertThat(card.rating()).map(r -> r.label().th()).hasValue("ดีเยี่ยม");
      assertThat(card.ratingBasis().lowestToolMin()).isGreaterThanOrEqualTo(d("95.00"));
    }

    @Test
    void indicatorsGiveTheTotal98_90() {
      ScoreCard card = Ita.score(in.publishedRating("ดีเยี่ยม").build());
      assertThat(card.total()).isEqualByComparingTo("98.90");
      assertThat(card.rating()).map(Rating::code).hasValue("EXCELLENT");
    }
  }

  @Nested
  class Fy2564FromRawResponses {
    final Rubric r = Rubrics.forFiscalYear(2564);

    /**
     * Two IIT and two EIT respondents who answer best everywhere except:
     * IIT r0 i1 = [3, 4] → (66.67 + 100)/2 = 83.33; r1 best → i1 = (250/3 + 100)/2 = 91.67.
     * IIT r0 i4 = [yes, no, no] (negative yes/no) → (0 + 100 + 100)/3 = 66.67; i4 = 83.33.
     * Indicator 1 = (91.67 + 83.33 + 4 × 100)/6 = 575/6 = 95.83.
     * IIT r0 i11 = [4, 4] (second sub-item negative) → (100 + 0)/2 = 50; i11 = 75; indicator 2 = 575/6 = 95.83.
     * IIT = (575/6 × 2 + 300)/5 = 1475/15 = 98.33.
     * EIT r0 e1 = [2, 4] → (33.33 + 100)/2 = 66.67; e1 = 83.33; indicator 6 = 1450/15 = 96.67;
     * EIT = (1450/15 + 200)/3 = 4450/45 = 98.89.
     * OIT: o1 no, o43 excluded, all else yes → 9.1 = 8/9 = 88.89; indicator 9 = (800/9 + 400)/5 = 97.78;
     * 10.2 = o42 alone = 100; indicator 10 = 100; OIT = 98.89.
     * Total = 0.3 × 98.333… + 0.3 × 98.888… + 0.4 × 98.888… = 29.5 + 29.6667 + 39.5556 = 98.72 → AA.
     */
    @Test
    void handComputedAgencyScores98_72() {
      Map<String, List<Integer>> iit0 = new java.util.LinkedHashMap<>(Inputs.bestAnswers(r, ToolKind.IIT));
      iit0.put("i1", List.of(3, 4));
      iit0.put("i4", List.of(2, 1, 1));
      iit0.put("i11", List.of(4, 4));
      Map<String, List<Integer>> eit0 = new java.util.LinkedHashMap<>(Inputs.bestAnswers(r, ToolKind.EIT));
      eit0.put("e1", List.of(2, 4));
      List<OitAssessment> oit = new ArrayList<>();
      for (var g : r.groups()) {
        for (var item : g.items()) {
          oit.add(switch (item.id()) {
            case "o1" -> OitAssessment.answered("o1", false);
            case "o43" -> OitAssessment.excluded("o43", "ประกาศจังหวัดงดจัดกิจกรรม (provincial order, COVID-19)");
            default -> OitAssessment.answered(item.id(), true);
          });
        }
      }
      AssessmentInput input = AssessmentInput.builder().rubric("ITA-2564")
          .addSurveys(SurveyResponses.of(ToolPart.of(ToolKind.IIT), List.of(Inputs.respondent("r0", iit0),
              Inputs.respondent("r1", Inputs.bestAnswers(r, ToolKind.IIT)))))
          .addSurveys(SurveyResponses.of(ToolPart.of(ToolKind.EIT), List.of(Inputs.respondent("r0", eit0),
              Inputs.respondent("r1", Inputs.bestAnswers(r, ToolKind.EIT)))))
          .oit(oit).build();

      ScoreCard card = ScoringEngine.of(r).score(input);

      assertThat(card.question("i1")).hasValue(d("91.67"));
      assertThat(card.question("i4")).hasValue(d("83.33"));
      assertThat(card.question("i11")).hasValue(d("75.00"));
      assertThat(card.indicator(1)).hasValue(d("95.83"));
      assertThat(card.indicator(2)).hasValue(d("95.83"));
      assertThat(card.tool(ToolKind.IIT)).hasValue(d("98.33"));
      assertThat(card.question("e1")).hasValue(d("83.33"));
      assertThat(card.indicator(6)).hasValue(d("96.67"));
      assertThat(card.tool(ToolKind.EIT)).hasValue(d("98.89"));
      assertThat(card.group("9.1")).hasValue(d("88.89"));
      assertThat(card.group("10.2")).hasValue(d("100.00"));
      assertThat(card.indicator(9)).hasValue(d("97.78"));
      assertThat(card.tool(ToolKind.OIT)).hasValue(d("98.89"));
      assertThat(card.total()).isEqualByComparingTo("98.72");
      assertThat(card.rating()).map(Rating::code).hasValue("AA");
      assertThat(card.excludedItems()).extracting(OitAssessment::item).containsExactly("o43");
      assertThat(card.respondents()).extracting(c -> c.count()).containsExactly(2, 2);
      assertThat(card.tools()).allSatisfy(f -> assertThat(f.origin()).isEqualTo(Origin.COMPUTED));
      // raw survey figures rest on the assumed linear points per answer option (SPEC §6)
      assertThat(card.provisional()).extracting(p -> p.element()).containsExactly("scale LEVEL4", "scale YES_NO");
      assertThat(card.toString()).contains("total 98.72", "AA").doesNotContain("[3, 4]");
    }
  }
}
