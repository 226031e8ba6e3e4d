package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.rubric.EvidenceElement;
import io.github.itasdk.core.rubric.EvidencePeriod;
import io.github.itasdk.core.rubric.EvidenceRule;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Status;
import io.github.itasdk.core.rubric.ToolKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OIT items' required contents in the shipped rubrics, against the manual
 * (seeds/ita-2021-manual.txt §6.5, lines 670-826; exclusions §6.4.2 line 664).
 */
class OitEvidenceDataTest {
  private static final Rubric FY2564 = Rubrics.forFiscalYear(2564);

  private static EvidenceRule rule(Rubric r, String item) {
    return r.question(item).evidence().orElseThrow(() -> new AssertionError(r.id() + " " + item + " has no evidence rule"));
  }

  /** The manual's examples: item, its table row, the elements it asks for, and the year rule. */
  @ParameterizedTest(name = "{0} line {1}")
  @CsvSource(delimiter = '|', value = {
      "o1  | 678 | chart units                              | NONE",          // chart of divisions; key positions and units
      "o2  | 679 | executives name position photo contact  | NONE",          // name, position, photo, contact of each executive
      "o4  | 681 | multi-year details                       | IN_FORCE",      // plan over 1 year, covering 2564
      "o5  | 685 | address phone fax email map              | NONE",          // address, telephone, fax, e-mail, map
      "o7  | 692 | news                                     | ASSESSED_YEAR", // news of 2564
      "o8  | 698 | qa                                       | NONE",          // two-way Q&A
      "o9  | 699 | social                                   | NONE",          // link to social networks
      "o11 | 708 | progress details                         | FIRST_HALF",    // first six months of 2564
      "o12 | 712 | results summary                          | PREVIOUS_YEAR", // report of 2563
      "o23 | 747 | summary details monthly                  | FIRST_HALF",    // monthly, at least first six months
      "o27 | 761 | recruitment appointment development appraisal rewards | IN_FORCE",
      "o42 | 821 | analysis details measures                | PREVIOUS_YEAR", // analysis of the 2563 result
  })
  void theManualsExamplesAreInTheData(String item, int line, String codes, EvidencePeriod period) {
    EvidenceRule r = rule(FY2564, item);
    assertThat(r.elements()).extracting(EvidenceElement::code).containsExactly(codes.split(" "));
    assertThat(r.period()).isEqualTo(period);
    assertThat(r.provenance().locator()).startsWith("§6.5, line").contains(Integer.toString(line));
    assertThat(r.provenance().status()).isEqualTo(Status.VERIFIED);
    assertThat(r.counterparts()).isEmpty();
  }

  @Test
  void everyFy2564ItemCarriesItsRowOfTheManual() {
    for (Question q : FY2564.tool(ToolKind.OIT).indicators().stream().flatMap(i -> i.allQuestions().stream()).toList()) {
      EvidenceRule r = rule(FY2564, q.id());
      assertThat(r.elements()).as(q.id()).isNotEmpty();
      assertThat(r.provenance().locator()).as(q.id()).isEqualTo(q.provenance().locator().equals("§6.5, line 821")
          ? "§6.5, lines 821 and 825" : q.provenance().locator());
    }
  }

  @Test
  void yearRulesOfFy2564() {
    // seeds/ita-2021-manual.txt: previous year's reports and first-six-month data (SPEC §12)
    assertThat(itemsWith(FY2564, EvidencePeriod.PREVIOUS_YEAR)).containsExactly("o12", "o16", "o20", "o24", "o28", "o41", "o42");
    assertThat(itemsWith(FY2564, EvidencePeriod.FIRST_HALF)).containsExactly("o11", "o15", "o19", "o23", "o31", "o40");
    assertThat(rule(FY2564, "o7").period().requiredYear(2564)).hasValue(2564);
    assertThat(rule(FY2564, "o12").period().requiredYear(2564)).hasValue(2563);
    assertThat(rule(FY2564, "o1").period().requiredYear(2564)).isEmpty();
  }

  @Test
  void excludableItems() {
    assertThat(excludable(FY2564)).containsExactly("o26", "o33", "o35", "o37", "o38", "o43");
    assertThat(excludable(Rubrics.forFiscalYear(2566))).containsExactly("o24", "o30", "o32", "o35", "o40", "o43");
    assertThat(excludable(Rubrics.forFiscalYear(2568))).containsExactly("o20", "o21");
    for (Rubric r : Rubrics.all()) {
      for (String id : excludable(r)) {
        assertThat(rule(r, id).exclusion().orElseThrow().provenance().locator()).isEqualTo("§6.4.2, line 664");
      }
    }
  }

  @Test
  void laterYearsCopyTheirSingleCounterpartAndSayItIsProvisional() {
    for (int year : List.of(2566, 2568)) {
      Rubric r = Rubrics.forFiscalYear(year);
      for (Question q : r.tool(ToolKind.OIT).indicators().stream().flatMap(i -> i.allQuestions().stream()).toList()) {
        EvidenceRule e = rule(r, q.id());
        assertThat(e.provenance().status()).as(r.id() + " " + q.id()).isEqualTo(Status.PROVISIONAL);
        if (e.counterparts().size() == 1) {
          EvidenceRule c = rule(FY2564, e.counterparts().get(0));
          assertThat(e.elements()).as(r.id() + " " + q.id()).isEqualTo(c.elements());
          assertThat(e.period()).isEqualTo(c.period());
        } else {
          assertThat(e.elements()).as(r.id() + " " + q.id() + " (no single counterpart)").isEmpty();
        }
      }
    }
  }

  @Test
  void someMappings() {
    Map<String, List<String>> fy2566 = Map.of("o13", List.of("o12"), "o19", List.of("o21"), "o11", List.of("o10", "o18"),
        "o10", List.of(), "o42", List.of("o42"));
    fy2566.forEach((id, cps) -> assertThat(rule(Rubrics.forFiscalYear(2566), id).counterparts()).as(id).isEqualTo(cps));
    Map<String, List<String>> fy2568 = Map.of("o3", List.of("o5"), "o5", List.of("o4"), "o1", List.of("o1", "o3"),
        "o28", List.of());
    fy2568.forEach((id, cps) -> assertThat(rule(Rubrics.forFiscalYear(2568), id).counterparts()).as(id).isEqualTo(cps));
    // FY2568 marks its unmapped o24 and o28 as reports on the previous year (SPEC §5)
    assertThat(rule(Rubrics.forFiscalYear(2568), "o28").period()).isEqualTo(EvidencePeriod.PREVIOUS_YEAR);
  }

  private static List<String> itemsWith(Rubric r, EvidencePeriod p) {
    return r.tool(ToolKind.OIT).indicators().stream().flatMap(i -> i.allQuestions().stream())
        .filter(q -> q.evidence().map(e -> e.period() == p).orElse(false)).map(Question::id).toList();
  }

  private static List<String> excludable(Rubric r) {
    return r.tool(ToolKind.OIT).indicators().stream().flatMap(i -> i.allQuestions().stream())
        .filter(q -> q.evidence().map(EvidenceRule::excludable).orElse(false)).map(Question::id).toList();
  }
}
