package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.QuestionKind;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Status;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shipped rubrics have exactly the structure SPEC §3–§5 and §12 describe. */
class RubricsTest {

  static List<Integer> questionsPerIndicator(Rubric r, ToolKind tool) {
    return r.tool(tool).indicators().stream().map(i -> i.allQuestions().size()).toList();
  }

  static List<Integer> itemsPerGroup(Rubric r) {
    return r.groups().stream().map(g -> g.items().size()).toList();
  }

  static int subItems(Rubric r, ToolKind tool) {
    return r.tool(tool).indicators().stream().flatMap(i -> i.questions().stream()).mapToInt(q -> q.subItems().size()).sum();
  }

  static List<String> ids(Rubric r, java.util.function.Predicate<Question> p) {
    return r.questionsById().values().stream().filter(p).map(Question::id).toList();
  }

  @Test
  void registryFindsTheShippedYearsByBuddhistOrCommonEraAndId() {
    assertThat(Rubrics.all()).extracting(Rubric::id).containsExactly("ITA-2564", "ITA-2566", "ITA-2568");
    assertThat(Rubrics.forFiscalYear(2021)).isSameAs(Rubrics.forFiscalYear(2564));
    assertThat(Rubrics.forId("ITA-2568").fiscalYearCE()).isEqualTo(2025);
  }

  @Test
  void eachShippedIdIsItaAndItsYearSoTheRegistryReadsOnlyTheRubricAskedFor() {
    for (Rubric r : Rubrics.all()) {
      assertThat(r.id()).isEqualTo("ITA-" + r.fiscalYear());
      assertThat(Rubrics.forId(r.id())).isSameAs(r);
      assertThat(Rubrics.find(r.fiscalYearCE())).containsSame(r);
    }
    assertThat(Rubrics.find("ITA-2566 ")).isEmpty();
    assertThat(Rubrics.find(2567)).isEmpty();
  }

  @Test
  void theLatestShippedYearIsTheDefaultYear() {
    assertThat(Rubrics.latest()).isSameAs(Rubrics.forFiscalYear(2568));
  }

  @Test
  void theNationalTargetShareOfEachYearIsData() {
    // SPEC §8: FY2564 65 % (manual lines 106-108), FY2566 100 % (Tha Kub lines 21, 81); FY2568 assumed
    assertThat(Rubrics.all()).extracting(r -> r.ratingPolicy().targetShare().percent().toPlainString())
        .containsExactly("65", "100", "100");
    assertThat(Rubrics.all()).extracting(r -> r.ratingPolicy().targetShare().provenance().status())
        .containsExactly(Status.VERIFIED, Status.VERIFIED, Status.PROVISIONAL);
    assertThat(Rubrics.all()).extracting(r -> r.ratingPolicy().target().toPlainString())
        .containsExactly("85.00", "85.00", "85.00");
  }

  @Test
  void anUnshippedYearIsAClearErrorNamingTheShippedYears() {
    assertThatThrownBy(() -> Rubrics.forFiscalYear(2565)).isInstanceOf(ItaException.class)
        .hasMessage("No rubric for fiscal year 2565; shipped: 2564, 2566, 2568 (B.E.); for another year, write its rubric"
            + " as a JSON file (docs/rubric-format.md) and load it: Rubrics.load(path) in Java, --rubric-file FILE on"
            + " the command line");
    assertThatThrownBy(() -> Rubrics.forId("ITA-2567")).isInstanceOf(ItaException.class)
        .hasMessage("No rubric [ITA-2567]; shipped: ITA-2564, ITA-2566, ITA-2568; " + Rubrics.HOW_TO_LOAD);
  }

  @Nested
  class Fy2564 {
    final Rubric r = Rubrics.forFiscalYear(2564);

    @Test
    void countsMatchTheManual() {
      assertThat(questionsPerIndicator(r, ToolKind.IIT)).containsExactly(6, 6, 6, 6, 6);
      assertThat(questionsPerIndicator(r, ToolKind.EIT)).containsExactly(5, 5, 5);
      assertThat(itemsPerGroup(r)).containsExactly(9, 8, 7, 4, 5, 8, 2);
      assertThat(r.groups()).extracting(g -> g.id()).containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2");
      assertThat(subItems(r, ToolKind.IIT)).isEqualTo(51);
      assertThat(subItems(r, ToolKind.EIT)).isEqualTo(19);
      assertThat(r.tool(ToolKind.EIT).parts()).isEmpty();
    }

    @Test
    void yesNoAndNegativeItemsAreExactlyThoseOfSpecSection3() {
      assertThat(ids(r, q -> q.kind() == QuestionKind.YES_NO)).containsExactly("i4", "i5", "i6", "i26", "e4", "e8", "e10", "e13");
      assertThat(ids(r, q -> q.subItems().stream().allMatch(s -> s.polarity() == Polarity.NEGATIVE) && !q.subItems().isEmpty()))
          .containsExactly("i4", "i5", "i6", "i9", "i10", "i16", "i17", "i18", "i19", "i22", "e4");
      assertThat(r.question("i11").subItems()).extracting(s -> s.polarity()).containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE);
      assertThat(r.question("i30").subItems()).hasSize(4);
    }

    @Test
    void weightsAndGradesFollowSection7() {
      assertThat(r.weighting().weightOf(ToolPart.of(ToolKind.EIT))).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("30"));
      assertThat(r.ratingPolicy().bands()).extracting(b -> b.code()).containsExactly("AA", "A", "B", "C", "D", "E", "F");
      assertThat(r.ratingPolicy().hasToolFloors()).isFalse();
      assertThat(r.themes()).isEmpty();
    }
  }

  @Nested
  class Fy2566 {
    final Rubric r = Rubrics.forFiscalYear(2566);

    @Test
    void countsMatchSpecSection4() {
      assertThat(questionsPerIndicator(r, ToolKind.IIT)).containsExactly(6, 6, 6, 6, 6);
      assertThat(questionsPerIndicator(r, ToolKind.EIT)).containsExactly(5, 5, 5);
      assertThat(itemsPerGroup(r)).containsExactly(10, 8, 4, 4, 4, 8, 5);
      assertThat(r.tool(ToolKind.EIT).parts()).containsExactly(Part.PUBLIC, Part.SURVEY);
      assertThat(r.weighting().weights()).hasSize(4);
      assertThat(r.weighting().weightOf(ToolPart.of(ToolKind.EIT, Part.SURVEY)))
          .hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("15"));
    }

    @Test
    void theFiveLevelPolicyHasToolFloors() {
      assertThat(r.ratingPolicy().bands()).extracting(b -> b.code())
          .containsExactly("EXCELLENT", "GOOD", "PASS", "NEEDS_IMPROVEMENT", "URGENT_IMPROVEMENT");
      assertThat(r.ratingPolicy().bandNamed("ผ่านดีเยี่ยม")).hasValueSatisfying(b -> assertThat(b.code()).isEqualTo("EXCELLENT"));
      assertThat(r.ratingPolicy().bands().get(0).toolFloor()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("95"));
    }

    @Test
    void e4AndO4AndThe10Boundary_areProvisional() {
      assertThat(r.question("e4").provenance().status()).isEqualTo(Status.PROVISIONAL);
      assertThat(r.question("e4").text()).isEmpty();
      assertThat(r.question("o4").provenance().status()).isEqualTo(Status.PROVISIONAL);
      assertThat(r.findGroup("10.2").orElseThrow().provenance().orElseThrow().status()).isEqualTo(Status.PROVISIONAL);
      assertThat(r.question("i1").provenance().status()).isEqualTo(Status.VERIFIED);
    }

    @Test
    void sevenThemesWithDiwsQuestionIds() {
      assertThat(r.themes()).hasSize(7);
      assertThat(r.themes().get(1).questions()).contains("o15").doesNotContain("o5");
      assertThat(r.themes().get(6).questions()).contains("e15", "o43");
    }
  }

  @Nested
  class Fy2568 {
    final Rubric r = Rubrics.forFiscalYear(2568);

    @Test
    void countsMatchSpecSection5() {
      assertThat(questionsPerIndicator(r, ToolKind.IIT)).containsExactly(3, 3, 3, 3, 3);
      assertThat(questionsPerIndicator(r, ToolKind.EIT)).containsExactly(3, 3, 3);
      assertThat(itemsPerGroup(r)).containsExactly(4, 7, 2, 3, 4, 4, 4);
      assertThat(ids(r, q -> q.kind() == QuestionKind.YES_NO)).containsExactly("i3", "i9", "e3");
    }

    @Test
    void weightsPolicyAndOitWeightsAreProvisional() {
      assertThat(r.weighting().provenance().status()).isEqualTo(Status.PROVISIONAL);
      assertThat(r.ratingPolicy().provenance().status()).isEqualTo(Status.PROVISIONAL);
      assertThat(r.groups()).allSatisfy(g -> {
        assertThat(g.weight()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(g.provenance().orElseThrow().status()).isEqualTo(Status.PROVISIONAL);
      });
      assertThat(r.question("o21").aliases()).hasSize(1);
    }

    /** SPEC §13: the Thai wording of every IIT and EIT question, from the FY2568 report's indicator tables. */
    @Test
    void everySurveyQuestionCarriesItsThaiWordingAndAnEnglishGloss() {
      List<Question> survey = r.questionsById().values().stream().filter(q -> q.kind().isSurvey()).toList();
      assertThat(survey).hasSize(24).allSatisfy(q -> {
        assertThat(q.text()).isPresent();
        assertThat(q.gloss()).isNotBlank();
        assertThat(q.provenance().locator()).startsWith("indicator table ");
      });
      assertThat(r.question("i1").text()).hasValue("การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด");
      assertThat(r.question("e9").text()).hasValue("หน่วยงานมีการพัฒนาการให้บริการผ่านช่องทางออนไลน์ให้สะดวก รวดเร็ว และมีประสิทธิภาพ");
      assertThat(r.question("e9").provenance().locator()).isEqualTo("indicator table 8, e9");
      assertThat(r.question("i8").provenance().note().orElseThrow()).contains("its ending 'มากน้อยเพียงใด' is an assumption");
    }

    /** SPEC §13: FY2567 onward prints ผ่านดีเยี่ยม / ผ่านดี; DIW's ดีเยี่ยม / ดี are still read. */
    @Test
    void ratingLabelsArePrintedInTheFy2567FormAndTheDiwFormsAreAliases() {
      var excellent = r.ratingPolicy().bands().get(0);
      var good = r.ratingPolicy().bands().get(1);
      assertThat(excellent.label().th()).isEqualTo("ผ่านดีเยี่ยม");
      assertThat(good.label().th()).isEqualTo("ผ่านดี");
      assertThat(r.ratingPolicy().bandNamed("ดีเยี่ยม").map(b -> b.code())).hasValue("EXCELLENT");
      assertThat(r.ratingPolicy().bandNamed("ดี").map(b -> b.code())).hasValue("GOOD");
      assertThat(r.ratingPolicy().provenance().note().orElseThrow()).contains("ผ่านดีเยี่ยม / ผ่านดี", "FY2567");
      var fy2566 = Rubrics.forFiscalYear(2566).ratingPolicy();
      assertThat(fy2566.bands().get(0).label().th()).isEqualTo("ดีเยี่ยม");
      assertThat(fy2566.bandNamed("ผ่านดีเยี่ยม").map(b -> b.code())).hasValue("EXCELLENT");
    }
  }

  @Test
  void indicatorsAreNumbered1To10InEveryYear() {
    for (Rubric r : Rubrics.all()) {
      assertThat(r.indicators()).extracting(Indicator::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertThat(r.indicators()).allSatisfy(i -> assertThat(i.name().th()).isNotBlank());
    }
  }

  @Test
  void toStringIsReadable() {
    assertThat(Rubrics.forFiscalYear(2566).toString()).startsWith("Rubric[ITA-2566 FY2566/2023, IIT:30 EIT[PUBLIC, SURVEY]:15 OIT:43");
    System.out.println(Rubrics.all().stream().map(Rubric::toString).collect(Collectors.joining("\n")));
  }
}
