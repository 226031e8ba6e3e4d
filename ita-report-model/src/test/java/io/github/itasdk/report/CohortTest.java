package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.io.CohortCsv;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortTest {
  static final Rubric FY2564 = Rubrics.forFiscalYear(2564);

  static ScoreCard card(String agency, String... ten) {
    return ScoringEngine.of(FY2564).score(Inputs.fromIndicators("ITA-2564", ten)
        .agency(io.github.itasdk.core.input.Agency.named(agency)).build());
  }

  static String[] all(String s) {
    String[] a = new String[10];
    java.util.Arrays.fill(a, s);
    return a;
  }

  /**
   * A hand-made FY2564 cohort: A all 90 (total 90, grade A), B all 96 (AA), C all 80 (B), D all 70 (C), E
   * IIT 100 / EIT 90 / OIT 100 (total 30 + 27 + 40 = 97, AA, but EIT below 95). At or above 85: A, B, E =
   * 3 of 5 = 60.00 %. Indicator 1: 90, 96, 80, 70, 100 → mean 436/5 = 87.20, median 90, min 70, max 100.
   * Under FY2566's policy E is ดี (GOOD: every tool ≥ 85, not all ≥ 95), not the top level: a difference,
   * under both ITA-2566/grades and ITA-2568/grades (same bands).
   */
  @Test
  void aHandMadeCohortGivesTheHandComputedFigures() {
    List<ScoreCard> cards = List.of(card("A", all("90")), card("B", all("96")), card("C", all("80")),
        card("D", all("70")), card("E", "100", "100", "100", "100", "100", "90", "90", "90", "100", "100"));
    Cohort c = Cohort.of(cards, Rubrics.all(), new BigDecimal("65"));
    assertThat(c.size()).isEqualTo(5);
    assertThat(c.atOrAboveThreshold()).isEqualTo(3);
    assertThat(c.shareAtOrAboveThreshold()).isEqualByComparingTo("60.00");
    assertThat(c.meetsTargetShare()).isFalse();
    assertThat(c.ratingDistribution()).extracting(RatingCount::toString).containsExactly("AA=2", "A=1", "B=1", "C=1");
    assertThat(c.undeterminedRatings()).isZero();
    Stats one = c.indicators().get(0).stats();
    assertThat(List.of(one.mean(), one.median(), one.min(), one.max())).extracting(BigDecimal::toPlainString)
        .containsExactly("87.20", "90.00", "70.00", "100.00");
    assertThat(c.indicators().get(6).stats().median()).isEqualByComparingTo("90.00"); // 90 96 80 70 90
    assertThat(c.totals().max()).isEqualByComparingTo("97.00");
    assertThat(c.policyDifferences()).extracting(PolicyDifference::toString).containsExactly(
        "E FY2564 AA vs GOOD (top level under ITA-2564/grades only)",
        "E FY2564 AA vs GOOD (top level under ITA-2564/grades only)");
    assertThat(c.policyDifferences()).extracting(d -> d.other().policy())
        .containsExactly("ITA-2566/grades", "ITA-2568/grades");
    assertThat(Cohort.of(cards, Rubrics.all(), new BigDecimal("60")).meetsTargetShare()).isTrue();
    assertThat(ItaJson.read(ItaJson.write(c), Cohort.class)).isEqualTo(c);
  }

  @Test
  void withoutATargetShareTheNewestRubricsNationalTargetCounts() {
    List<ScoreCard> cards = List.of(card("A", all("90")), card("B", all("96")), card("C", all("80")),
        card("D", all("70")), card("E", all("85")));
    Cohort byData = Cohort.of(cards, Rubrics.all());
    assertThat(byData.targetShare()).isEqualByComparingTo("65.00"); // FY2564's national target, from the rubric
    assertThat(byData.threshold()).isEqualByComparingTo("85.00");
    assertThat(byData.shareAtOrAboveThreshold()).isEqualByComparingTo("60.00");
    assertThat(byData.meetsTargetShare()).isFalse();
    // a rubric of one's own with another target score and share: both follow the data
    io.github.itasdk.core.policy.RatingPolicy p = FY2564.ratingPolicy();
    Rubric own = Rubric.builder().from(FY2564).ratingPolicy(io.github.itasdk.core.policy.RatingPolicy.builder().from(p)
        .target(new BigDecimal("80")).targetShare(io.github.itasdk.core.policy.TargetShare.builder()
            .from(p.targetShare()).percent(new BigDecimal("80")).build()).build()).build();
    Cohort ownTarget = Cohort.of(cards, List.of(own));
    assertThat(ownTarget.threshold()).isEqualByComparingTo("80.00");
    assertThat(ownTarget.atOrAboveThreshold()).isEqualTo(4);
    assertThat(ownTarget.targetShare()).isEqualByComparingTo("80.00");
    assertThat(ownTarget.meetsTargetShare()).isTrue();
  }

  @Test
  void anEvenCountTakesTheMeanOfTheTwoMiddleScoresAsMedian() {
    Stats s = Stats.of(List.of(new BigDecimal("70"), new BigDecimal("80.01"), new BigDecimal("90"), new BigDecimal("99")));
    assertThat(s.median()).isEqualByComparingTo("85.01"); // (80.01 + 90) / 2 = 85.005 → HALF_UP
    assertThat(s.mean()).isEqualByComparingTo("84.75"); // 339.01 / 4 = 84.7525
  }

  @Test
  void theBundledCsvIsScoredRowByRow() throws IOException {
    Cohort c;
    try (var in = Files.newBufferedReader(Examples.DIR.resolve("cohort-2566.csv"))) {
      c = CohortCsv.read(in, Rubrics.all(), new BigDecimal("100"));
    }
    assertThat(c.members()).extracting(CohortMember::total).extracting(BigDecimal::toPlainString)
        .containsExactly("96.15", "98.90", "80.79", "97.17", "68.16");
    assertThat(c.shareAtOrAboveThreshold()).isEqualByComparingTo("60.00");
    assertThat(c.meetsTargetShare()).isFalse();
    // Example Department B has no published rating and no EIT parts: EXCELLENT or GOOD
    assertThat(c.undeterminedRatings()).isEqualTo(1);
    assertThat(c.ratingDistribution()).extracting(RatingCount::toString)
        .containsExactly("EXCELLENT=1", "PASS=1", "NEEDS_IMPROVEMENT=1", "URGENT_IMPROVEMENT=1");
    // Tha Kub: ผ่าน under FY2566, AA (the top grade) under FY2564 — the feature SPEC §7 describes
    assertThat(c.policyDifferences()).extracting(PolicyDifference::agency).containsExactly("องค์การบริหารส่วนตำบลท่ากูบ");
    assertThat(c.indicators().get(7).stats().min()).isEqualByComparingTo("74.20");
  }

  @Test
  void everyCsvProblemIsReportedWithItsRowAndColumn() {
    String csv = """
        agency,fiscalYear,ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10
        X,2565,1,1,1,1,1,1,1,1,1,1
        Y,2566,90,abc,90,90,90,90,90,101,90,
        """;
    assertThatThrownBy(() -> CohortCsv.read(new StringReader(csv), Rubrics.all(), BigDecimal.TEN))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            new Problem("row 1, fiscalYear", "no rubric for fiscal year [2565] (years: [2564, 2566, 2568])"),
            new Problem("row 2, ind2", "invalid score (a decimal such as 96.58): [abc]"),
            new Problem("row 2, ind8", "score out of range (valid 0 - 100): 101"),
            new Problem("row 2, ind10", "missing score of indicator 10")));
    assertThatThrownBy(() -> CohortCsv.read(new StringReader("agency,year,ind1\nX,2566,1\n"), Rubrics.all(),
        BigDecimal.TEN)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::message).containsExactly("missing column [fiscalYear]",
                "unknown column [year] (valid: agency, fiscalYear, ind1 … ind10, rating)"));
    assertThatThrownBy(() -> Cohort.of(List.of(), Rubrics.all(), BigDecimal.TEN))
        .hasMessage("A cohort needs at least one score card");
  }
}
