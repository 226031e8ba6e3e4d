package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.render.Html;
import io.github.itasdk.report.render.Language;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The agency's plan document: reading with paths, the examples, drafting, and the Thai-only report. */
class PlanDocumentTest {
  static PlanDocument example(String name) throws IOException {
    return PlanDocument.read(Files.readString(Examples.DIR.resolve(name)));
  }

  static InvalidInputException invalid(String json) {
    try {
      PlanDocument.read(json);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("accepted " + json);
  }

  @Test
  void everyFormProblemIsReportedWithItsPath() {
    InvalidInputException e = invalid("""
        {"format": "ita-plan/9", "fiscalYear": 67, "colour": "red",
         "measures": [
           {"title": " ", "kind": "plan", "period": 5, "targets": {"indicators": [11], "questions": ["x1"], "themes": [0]},
            "draft": "yes"},
           {"title": "t", "period": "p", "responsible": []},
           "not an object"],
         "limitations": [""],
         "signOff": {"position": "นายก"},
         "pastMeasures": [{"title": "t", "status": "finished", "evidence": "www.example"}, {"status": "done"}]}
        """);
    assertThat(e.getMessage()).startsWith("Invalid plan (");
    assertThat(e.problems()).containsExactly(
        new Problem("$.colour", "unknown field [colour] (known: [format, agency, fiscalYear, measures, limitations, "
            + "suggestions, signOff, pastMeasures])"),
        new Problem("$.format", "unknown format [ita-plan/9] (valid: ita-plan/1)"),
        new Problem("$.fiscalYear", "expected a fiscal year B.E. such as 2568 (valid 2500 - 2700), got number 67"),
        new Problem("$.measures[0].title", "expected a non-empty string, got string \" \""),
        new Problem("$.measures[0].kind", "unknown kind [plan] (valid: measure, project, activity, or มาตรการ, "
            + "โครงการ, กิจกรรม)"),
        new Problem("$.measures[0].targets.themes[0]", "expected a theme number 1 or more, got number 0"),
        new Problem("$.measures[0].targets.indicators[0]", "expected an indicator number (valid 1 - 10), got number 11"),
        new Problem("$.measures[0].targets.questions[0]", "expected a question or OIT item id such as i4, e13 or o42, "
            + "got [x1]"),
        new Problem("$.measures[0].period", "expected a non-empty string, got number 5"),
        new Problem("$.measures[0].responsible", "missing field"),
        new Problem("$.measures[0].draft", "expected true or false, got string \"yes\""),
        new Problem("$.measures[1].responsible", "name at least one responsible unit"),
        new Problem("$.measures[2]", "expected an object, got string \"not an object\""),
        new Problem("$.limitations[0]", "expected a non-empty string, got string \"\""),
        new Problem("$.signOff.name", "missing field"),
        new Problem("$.pastMeasures[0].status", "unknown status [finished] (valid: done, partly, not-done, dropped)"),
        new Problem("$.pastMeasures[0].evidence", "expected an http or https URL, got [www.example]"),
        new Problem("$.pastMeasures[1].title", "missing field"));
  }

  @Test
  void malformedAndEmptyDocumentsAreRejectedWhereTheyBreak() {
    assertThat(invalid("{\"measures\": [").problems()).singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo("$.measures[0]"))
        .satisfies(p -> assertThat(p.message()).startsWith("malformed JSON: ").endsWith("(line 1, column 15)"));
    assertThat(invalid(" ").problems()).containsExactly(new Problem("$", "empty document"));
    assertThat(invalid("[]").problems()).containsExactly(new Problem("$", "expected an object, got array []"));
  }

  @Test
  void targetsTheRubricLacksAreRejectedWithTheirPathsWhenTheReportIsBuilt() {
    PlanDocument plan = PlanDocument.read("""
        {"measures": [{"title": "t", "period": "p", "responsible": "r",
                       "targets": {"themes": [8], "indicators": [8], "questions": ["e16", "o43"]}}],
         "pastMeasures": [{"title": "t", "status": "done", "targets": {"themes": [9], "questions": ["i99"]}}]}
        """);
    assertThatThrownBy(() -> AnalysisReport.of(Examples.thaKub(), Rubrics.forFiscalYear(2566),
        ReportOptions.builder().plan(plan).build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            new Problem("$.measures[0].targets.themes[0]", "no analysis theme [8] in ITA-2566 (valid 1 - 7)"),
            new Problem("$.measures[0].targets.questions[0]", "no question or OIT item [e16] in ITA-2566"),
            new Problem("$.pastMeasures[0].targets.themes[0]", "no analysis theme [9] in ITA-2566 (valid 1 - 7)")));
    ScoreCard card2564 = ScoringEngine.of(Rubrics.forFiscalYear(2564)).score(Inputs.fromIndicators("ITA-2564",
        "90", "90", "90", "90", "90", "90", "90", "90", "90", "90").build());
    PlanDocument themed = PlanDocument.read("""
        {"measures": [{"title": "t", "period": "p", "responsible": "r", "targets": {"themes": [1]}}]}""");
    assertThatThrownBy(() -> AnalysisReport.of(card2564, Rubrics.forFiscalYear(2564),
        ReportOptions.builder().plan(themed).build())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.measures[0].targets.themes[0]: no analysis theme [1]: ITA-2564 defines no themes");
  }

  /**
   * Tha Kub's FY2567 measures table (seeds/report-2566-thakub-sao.txt lines 270-314: ten rows, theme 1 four of
   * them) and DIW's (seeds/report-2566-dept-industrial-works.txt lines 442-540: one row per theme): every row is
   * in the report with its owners and period as published.
   */
  @Test
  void theExamplePlansRenderEveryRowWithItsOwnerAndPeriod() throws IOException {
    PlanDocument tk = example("plans/thakub-sao-2566.json");
    assertThat(tk.measures()).hasSize(10);
    assertThat(tk.measures()).extracting(m -> m.targets().themes().get(0)).containsExactly(1, 1, 1, 1, 2, 3, 4, 5, 6, 7);
    assertThat(tk.measures()).extracting(Measure::period).containsExactly("1 ต.ค. 66 – 30 ก.ย. 67",
        "1 ต.ค. 66 – 31 ธ.ค. 66", "1 ต.ค. 66 – 31 มี.ค. 67", "1 ต.ค. 66 – 30 ก.ย. 67", "1 ต.ค. 66 – 30 ก.ย. 67",
        "1 ต.ค. 66 – 31 ธ.ค. 66", "1 ต.ค. 66 – 31 ธ.ค. 66", "1 ต.ค. 66 – 30 ก.ย. 67", "1 ต.ค. 66 – 30 ก.ย. 67",
        "1 ต.ค. 66 – 30 ก.ย. 67");
    assertThat(tk.measures().get(6).responsible()).containsExactly("สำนักปลัด", "กองคลัง");
    PlanDocument diw = example("plans/dept-industrial-works-2566.json");
    assertThat(diw.measures()).hasSize(7).allSatisfy(m -> assertThat(m.period()).isEqualTo("6 มี.ค. – 30 เม.ย. 67"));
    assertThat(diw.measures().get(4).responsible()).containsExactly("กย.", "สล.");
    for (var c : List.of(new Object[] {Examples.thaKub(), tk, "85"}, new Object[] {Examples.diw(), diw, "95"})) {
      PlanDocument plan = (PlanDocument) c[1];
      AnalysisReport r = AnalysisReport.of((ScoreCard) c[0], Rubrics.forFiscalYear(2566),
          ReportOptions.builder().threshold(new BigDecimal((String) c[2])).plan(plan).build());
      String md = Markdown.render(r);
      for (Measure m : plan.measures()) {
        String row = md.lines().filter(l -> l.contains("มาตรการ: " + m.title())).findFirst().orElseThrow();
        assertThat(row).contains(m.period()).contains(String.join("<br>", m.responsible()));
      }
      String html = Html.render(r);
      plan.measures().forEach(m -> assertThat(html).contains(m.period()));
    }
  }

  @Test
  void aDraftFromThaKubsCardProposesAMeasureForIndicatorEightThroughE13() {
    PlanDocument draft = PlanDrafts.draft(Examples.thaKub(), Rubrics.forFiscalYear(2566), new BigDecimal("85"));
    assertThat(draft.fiscalYear()).hasValue(2567);
    assertThat(draft.measures()).singleElement().satisfies(m -> {
      assertThat(m.targets().indicators()).containsExactly(8);
      assertThat(m.targets().questions()).containsExactly("e13");
      assertThat(m.title()).isEqualTo(MeasureCatalogue.forRubric("ITA-2566").forQuestion("e13").orElseThrow().title().th());
      assertThat(m.draft()).isTrue();
      assertThat(m.responsible()).containsExactly(PlanDrafts.OWNER_PLACEHOLDER);
      assertThat(m.analysis()).hasValueSatisfying(a -> assertThat(a).contains("e13 (68.42 คะแนน"));
    });
    String md = Markdown.render(AnalysisReport.of(Examples.thaKub(), Rubrics.forFiscalYear(2566),
        ReportOptions.builder().plan(draft).build()));
    assertThat(md).contains("[ร่าง] มาตรการ:").contains("จัดทำขึ้นโดยอัตโนมัติ");
  }

  @Property(tries = 60)
  void everyWeaknessGetsADraftedMeasureAndTheDraftReadsBackValid(
      @ForAll @Size(10) List<@BigRange(min = "0", max = "100") BigDecimal> scores,
      @ForAll("years") int year) {
    Rubric rubric = Rubrics.forFiscalYear(year);
    String[] s = scores.stream().map(b -> b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
        .toArray(String[]::new);
    ScoreCard card = ScoringEngine.of(rubric).score(Inputs.fromIndicators(rubric.id(), s).build());
    PlanDocument draft = PlanDrafts.draft(card, rubric);
    AnalysisReport report = AnalysisReport.of(card, rubric);
    for (Finding f : report.weaknesses()) {
      assertThat(draft.measures()).anySatisfy(m -> assertThat(m.targets().indicators()).contains(f.indicator()));
    }
    PlanDocument back = PlanDocument.read(ItaJson.write(draft));
    assertThat(back).isEqualTo(draft);
    assertThat(AnalysisReport.of(card, rubric, ReportOptions.builder().plan(back).build()).measures())
        .hasSize(report.weaknesses().size());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> years() {
    return net.jqwik.api.Arbitraries.of(2564, 2566, 2568);
  }

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  /** Ids, units, tool and level codes, and proper names that a Thai report may print in Latin letters. */
  private static final java.util.Set<String> ALLOWED = java.util.Set.of("ITA", "IIT", "EIT", "OIT", "E-Service",
      "Service", "E", "No", "Gift", "Policy", "Q", "A", "Social", "Network", "Dos", "Don't", "Don'ts", "AA", "B", "C",
      "D", "F", "LEVEL", "YES", "NO", "PUBLIC", "SURVEY", "th", "en");

  /** A Thai-only report has no English words outside ids, units, URLs and proper names. */
  @Test
  void theThaiReportHasNoEnglishWords() throws IOException {
    AnalysisReport r = AnalysisReport.of(Examples.thaKub(), Rubrics.forFiscalYear(2566), ReportOptions.builder()
        .plan(example("plans/thakub-sao-2566.json")).previous(PreviousResult.of(Examples.thaKub(),
            Rubrics.forFiscalYear(2566))).build());
    for (String text : List.of(Markdown.render(r, Language.TH),
        Html.render(r, Language.TH).replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<svg.*?</svg>", "")
            .replaceAll("<[^>]+>", " "))) {
      String scrubbed = text.replaceAll("https?://\\S+", " ")
          .replaceAll("\\b[ieo][0-9]+\\b", " ").replaceAll("ITA-[0-9]+", " ");
      Matcher m = LATIN_WORD.matcher(scrubbed);
      java.util.Set<String> english = new java.util.TreeSet<>();
      while (m.find()) {
        if (!ALLOWED.contains(m.group()) && !m.group().matches("[a-z]{1,4}|nbsp|amp|lt|gt|quot")) {
          english.add(m.group());
        }
      }
      assertThat(english).as("English words in the Thai report").isEmpty();
    }
    assertThat(Markdown.render(r, Language.TH_EN)).contains("(Total)");
    assertThat(Markdown.render(r, Language.EN)).contains("| Total | **96.15** |");
  }
}
