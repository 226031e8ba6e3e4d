package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every input error names the problem and its JSON path, and all problems come in one exception. */
class InputErrorsTest {

  static List<String> problems(String json) {
    try {
      Ita.score(json.replace('\'', '"'));
    } catch (InvalidInputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("accepted: " + json);
  }

  /** A valid FY2564 document with one IIT respondent (answers replaced per test), EIT and OIT as published tools. */
  static String fy2564(String respondents) {
    return "{'rubric':'ITA-2564','surveys':[{'tool':'IIT','respondents':[" + respondents + "]}],"
        + "'published':[{'level':'TOOL','id':'EIT','score':90},{'level':'TOOL','id':'OIT','score':90}]}";
  }

  static String iitAnswers(String override) {
    StringBuilder sb = new StringBuilder();
    var r = Rubrics.forFiscalYear(2564);
    Inputs.bestAnswers(r, io.github.itasdk.core.rubric.ToolKind.IIT).forEach((q, levels) -> {
      if (!override.contains("'" + q + "'")) {
        sb.append("'").append(q).append("':").append(levels).append(',');
      }
    });
    String all = sb + override;
    return all.endsWith(",") ? all.substring(0, all.length() - 1) : all;
  }

  @Test
  void aValidDocumentScores() {
    assertThat(Ita.score(fy2564("{'id':'r1','answers':{" + iitAnswers("'i1':[4,4]") + "}}").replace('\'', '"')).total())
        .isEqualByComparingTo("93.00");
  }

  @Test
  void unknownQuestionId() {
    assertThat(problems(fy2564("{'id':'r1','answers':{" + iitAnswers("'i99':[4]") + "}}")))
        .containsExactly("$.surveys[0].respondents[0].answers.i99: unknown question id [i99] in ITA-2564");
  }

  @Test
  void questionOfAnotherTool() {
    assertThat(problems(fy2564("{'id':'r1','answers':{" + iitAnswers("'e1':[4,4]") + "}}")))
        .containsExactly("$.surveys[0].respondents[0].answers.e1: question [e1] belongs to EIT, not IIT");
  }

  @Test
  void answerOutsideTheScale() {
    assertThat(problems(fy2564("{'id':'r1','answers':{" + iitAnswers("'i1':[4,7]") + "}}")))
        .containsExactly("$.surveys[0].respondents[0].answers.i1[1]: answer for i1 sub-item 2 out of range (valid levels 1 - 4): 7");
    assertThat(problems(fy2564("{'id':'r1','answers':{" + iitAnswers("'i2':0") + "}}")))
        .containsExactly("$.surveys[0].respondents[0].answers.i2: answer for i2 out of range (valid levels 1 - 4): 0");
  }

  @Test
  void wrongNumberOfSubItemAnswers() {
    assertThat(problems(fy2564("{'id':'r1','answers':{" + iitAnswers("'i30':[4,4]") + "}}")))
        .containsExactly("$.surveys[0].respondents[0].answers.i30: question i30 has 4 sub-items, got 2 answers");
  }

  @Test
  void missingAnswers() {
    assertThat(problems(fy2564("{'id':'r1','answers':{'i1':[4,4]}}"))).singleElement().asString()
        .startsWith("$.surveys[0].respondents[0].answers: missing answers for [i2, i3, i4,");
  }

  @Test
  void missingAnswersComeBeforeTheProblemsOfTheAnswersGiven() {
    assertThat(problems(fy2564("{'id':'r1','answers':{'i1':[4,0]}}"))).hasSize(2)
        .satisfies(ps -> assertThat(ps.get(0)).asString()
            .startsWith("$.surveys[0].respondents[0].answers: missing answers for [i2, i3, i4,"))
        .satisfies(ps -> assertThat(ps.get(1)).asString()
            .isEqualTo("$.surveys[0].respondents[0].answers.i1[1]: answer for i1 sub-item 2 out of range (valid levels 1 - 4): 0"));
  }

  @Test
  void yesNoAnswersMayBeWrittenAsBooleansOrWords() {
    String ok = fy2564("{'id':'r1','answers':{" + iitAnswers("'i4':[false,'no','ไม่มี']") + "}}").replace('\'', '"');
    assertThat(Ita.score(ok).question("i4")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(problems(fy2564("{'id':'r1','answers':{" + iitAnswers("'i4':[false,'maybe',1]") + "}}")))
        .containsExactly("$.surveys[0].respondents[0].answers.i4[1]: expected an answer level (an integer such as 1 - 4) or yes/no, got string \"maybe\"");
  }

  @Test
  void duplicateRespondentId() {
    String r = "{'id':'r1','answers':{" + iitAnswers("") + "}}";
    assertThat(problems(fy2564(r + "," + r))).containsExactly("$.surveys[0].respondents[1].id: duplicate respondent id [r1]");
  }

  @Test
  void scoreOutside0To100AndNaN() {
    assertThat(problems("{'rubric':'ITA-2564','published':[{'level':'TOOL','id':'IIT','score':100.01},"
        + "{'level':'TOOL','id':'EIT','score':'NaN'},{'level':'TOOL','id':'OIT','score':-1}],"
        + "'oit':[{'item':'o1','score':101}]}")).containsExactly(
        "$.oit[0].score: score out of range (valid 0 - 100): 101",
        "$.published[0].score: score out of range (valid 0 - 100): 100.01",
        "$.published[1].score: expected a score 0 - 100 as a JSON number, got string \"NaN\"",
        "$.published[2].score: score out of range (valid 0 - 100): -1");
    assertThat(problems("{'rubric':'ITA-2564','published':[{'level':'TOOL','id':'IIT','score':NaN}]}"))
        .singleElement().asString().startsWith("$.published[0].score: malformed JSON: Non-standard token 'NaN'");
  }

  @Test
  void aToolWithNoData() {
    assertThat(problems("{'rubric':'ITA-2564','published':[{'level':'TOOL','id':'IIT','score':90},"
        + "{'level':'TOOL','id':'EIT','score':90},{'level':'INDICATOR','id':'9','score':90}]}"))
        .containsExactly("$: no data to score OIT: indicator 10 [o34, o35, o36, o37, o38, o39, o40, o41, o42, o43] have no "
            + "assessment and no published figure");
    assertThat(problems("{'rubric':'ITA-2564','surveys':[{'tool':'IIT','respondents':[]}],"
        + "'published':[{'level':'TOOL','id':'EIT','score':90},{'level':'TOOL','id':'OIT','score':90}]}"))
        .containsExactly("$.surveys[0].respondents: no respondents for [IIT]: leave the survey out or give its published figures");
  }

  @Test
  void anEitPartWithNoDataIsAnErrorUnlessOnePartIsAllowed() {
    String doc = "{'rubric':'ITA-2566','published':[{'level':'TOOL','id':'IIT','score':90},"
        + "{'level':'TOOL','id':'EIT','part':'PUBLIC','score':80},{'level':'TOOL','id':'OIT','score':90}]%s}";
    assertThat(problems(String.format(doc, ""))).containsExactly("$.surveys: EIT part(s) [SURVEY] have no data (no responses, "
        + "no published figures): give them, or set scoreEitFromOnePart to score EIT from part [PUBLIC] alone");
    var card = Ita.score(String.format(doc, ",'scoreEitFromOnePart':true").replace('\'', '"'));
    assertThat(card.total()).isEqualByComparingTo("87.00"); // 0.3 × 90 + 0.3 × 80 + 0.4 × 90
    assertThat(card.rating()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("PASS"));
    assertThat(card.warnings()).extracting(w -> w.kind().name()).containsExactly("EIT_FROM_ONE_PART");
  }

  @Test
  void partsWhereTheRubricHasNoneAndNoneWhereItHas() {
    assertThat(problems("{'rubric':'ITA-2564','surveys':[{'tool':'EIT','part':'PUBLIC','respondents':[]}]}"))
        .containsExactly("$.surveys[0].part: ITA-2564 does not split EIT into parts");
    assertThat(problems("{'rubric':'ITA-2566','surveys':[{'tool':'EIT','respondents':[]}]}"))
        .containsExactly("$.surveys[0].part: ITA-2566 splits EIT into parts [PUBLIC, SURVEY]: say which part these responses belong to");
  }

  @Test
  void oitItemsNeedExactlyOneVerdictAndKnownIds() {
    assertThat(problems("{'rubric':'ITA-2564','oit':[{'item':'o1','score':100,'answer':true},{'item':'o44','answer':true},"
        + "{'item':'o3'},{'item':'o3','answer':false}]}")).containsExactly(
        "$.oit[0]: give exactly one of score, answer or excluded for o1, got 2",
        "$.oit[1].item: unknown OIT item [o44] in ITA-2564",
        "$.oit[2]: give exactly one of score, answer or excluded for o3, got 0",
        "$.oit[3].item: duplicate OIT item [o3]");
    assertThat(problems("{'rubric':'ITA-2564','oit':[{'item':'o2','excluded':' '}]}"))
        .containsExactly("$.oit[0].excluded: expected a non-empty string, got string \" \"");
  }

  @Test
  void publishedFiguresWithUnknownIdsOrParts() {
    assertThat(problems("{'rubric':'ITA-2566','published':[{'level':'INDICATOR','id':'11','score':90},"
        + "{'level':'GROUP','id':'9.9','score':90},{'level':'INDICATOR','id':'1','part':'PUBLIC','score':90},"
        + "{'level':'TOOL','id':'EIT','score':90},{'level':'TOOL','id':'EIT','score':91}]}")).containsExactly(
        "$.published[0].id: unknown INDICATOR id [11] in ITA-2566 (valid 1 - 10)",
        "$.published[1].id: unknown GROUP id [9.9] in ITA-2566 (OIT group ids such as 9.1)",
        "$.published[2].part: INDICATOR 1 has no part [PUBLIC] in ITA-2566",
        "$.published[4]: duplicate published figure TOOL EIT=91");
  }

  @Test
  void malformedDocumentsAndUnknownFields() {
    assertThat(problems("{'rubric':'ITA-2564',")).singleElement().asString().startsWith("$.rubric: malformed JSON: Unexpected end-of-input");
    assertThat(problems("[1,2]")).containsExactly("$: expected an object, got array [1,2]");
    assertThat(problems("{'rubric':'ITA-2564'} {}")).containsExactly(
        "$: malformed JSON: content after the document's value (a document holds one JSON value) (line 1, column 23)");
    assertThat(problems("{'rubric':'ITA-2564','rubric':'ITA-2566'}")).containsExactly(
        "$.rubric: malformed JSON: Duplicate field 'rubric' (line 1, column 30)");
    assertThat(problems("{'rubric':'ITA-2564','@class':'java.lang.ProcessBuilder','surveys':{}}")).containsExactly(
        "$.@class: unknown field [@class] (known: [rubric, agency, conditions, surveys, oit, published, publishedRating, scoreEitFromOnePart])",
        "$.surveys: expected an array, got object {}");
    assertThat(problems("{'rubric':'ITA-2564','surveys':[{'tool':'XIT','respondents':[]}]}"))
        .containsExactly("$.surveys[0].tool: unknown value [XIT] (valid: [IIT, EIT, OIT])");
  }

  @Test
  void documentsBeyondTheLimitsAreRefused() {
    String deep = "{'rubric':'ITA-2564','agency':" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(problems(deep)).containsExactly("$.agency" + "[0]".repeat(32) + ": nested deeper than 32 levels (an input "
        + "is at most 32 levels deep) (line 1, column 63)");
    String huge = "{'rubric':'ITA-2564','agency':{'name':'" + "x".repeat(1_000_001) + "'}}";
    assertThat(problems(huge)).containsExactly("$.agency.name: a string longer than 1000000 characters (line 1, column 1000042)");
  }

  @Test
  void aYesNoAnswerToAFourLevelQuestionIsAnErrorNotLevel2() {
    // "yes" is an option of a yes/no scale only; on i1's four levels it must not pass as level 2
    assertThat(problems(fy2564("{'id':'r1','answers':{" + iitAnswers("'i1':['yes',4]") + "}}")))
        .containsExactly("$.surveys[0].respondents[0].answers.i1[0]: answer [yes] is not an option of i1 (valid levels 1 - 4)");
    // without a rubric to look the question up, a yes/no answer cannot be placed
    assertThatThrownBy(() -> ItaJson.readInput(fy2564("{'id':'r1','answers':{'i4':[true,false,false]}}").replace('\'', '"')))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("a yes/no answer needs the rubric");
  }

  @Test
  void anExcludedItemWithAPublishedFigureUsesTheFigure() {
    String doc = "{'rubric':'ITA-2564','oit':[{'item':'o33','excluded':'คำสั่งจังหวัด'}],'published':["
        + "{'level':'QUESTION','id':'o33','score':100},{'level':'TOOL','id':'IIT','score':90},"
        + "{'level':'TOOL','id':'EIT','score':90},{'level':'INDICATOR','id':'9','score':90},"
        + "{'level':'INDICATOR','id':'10','score':90}]}";
    var card = Ita.score(doc.replace('\'', '"'));
    assertThat(card.question("o33")).hasValue(new java.math.BigDecimal("100.00"));
    assertThat(card.total()).isEqualByComparingTo("90.00");
  }

  /** FY2564 with o42 excludable too, so that group 10.2 (o42, o43) can have every item excluded. */
  private static io.github.itasdk.core.rubric.Rubric fy2564WithO42Excludable() throws java.io.IOException {
    var json = new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    var tree = json.readTree(ItaJson.write(Rubrics.forFiscalYear(2564)));
    var o42 = tree.findParents("id").stream().filter(n -> n.get("id").asText().equals("o42")).findFirst().orElseThrow();
    var ev = (com.fasterxml.jackson.databind.node.ObjectNode) o42.get("evidence");
    ev.putObject("exclusion").set("provenance", ev.get("provenance").deepCopy());
    return ItaJson.readRubric(new java.io.StringReader(json.writeValueAsString(tree)), "FY2564 with o42 excludable");
  }

  @Test
  void aGroupWithEveryItemExcludedIsAnErrorOnlyWhenItIsNeeded() throws java.io.IOException {
    var rubric = fy2564WithO42Excludable();
    var engine = ScoringEngine.of(rubric);
    java.util.function.Function<String, AssessmentInput> read = doc -> ItaJson.readInput(
        new java.io.StringReader(doc.replace('\'', '"')), id -> java.util.Optional.of(rubric));
    String excluded = "{'item':'o42','excluded':'มติคณะรัฐมนตรี'},{'item':'o43','excluded':'มติคณะรัฐมนตรี'}";
    String tools = "{'level':'TOOL','id':'IIT','score':90},{'level':'TOOL','id':'EIT','score':90},"
        + "{'level':'INDICATOR','id':'9','score':90}";
    assertThat(engine.score(read.apply("{'rubric':'ITA-2564','oit':[" + excluded + "],'published':[" + tools
        + ",{'level':'INDICATOR','id':'10','score':80}]}")).total()).isEqualByComparingTo("88.00"); // 27 + 27 + 0.4 × (90 + 80)/2
    assertThat(engine.check(read.apply("{'rubric':'ITA-2564','oit':[" + excluded + "],'published':[" + tools
        + ",{'level':'GROUP','id':'10.1','score':80}]}"))).extracting(Problem::toString)
        .containsExactly("$: no data to score OIT: indicator 10 [group 10.2: every item excluded, give its published figure] "
            + "have no assessment and no published figure");
  }

  @Test
  void anItemTheRubricDoesNotLetBeExcluded() {
    assertThat(problems("{'rubric':'ITA-2564','oit':[{'item':'o1','excluded':'x'}],'published':["
        + "{'level':'TOOL','id':'IIT','score':90},{'level':'TOOL','id':'EIT','score':90}]}")).startsWith(
        "$.oit[0].excluded: o1 may not be excluded: only items whose contents are activities an order can prevent may be "
            + "(in ITA-2564: [o26, o33, o35, o37, o38, o43])");
  }

  @Test
  void oitEvidenceOfTheWrongForm() {
    assertThat(problems("{'rubric':'ITA-2566','agency':{'name':'x','website':'www.x.go.th'},'oit':[{'item':'o1',"
        + "'answer':true,'evidence':{'urls':'https://x.go.th','explanation':'','year':2023,'untilYear':2565,"
        + "'elements':[1],'note':'?'}},{'item':'o2','answer':true,'evidence':{'urls':[' '],'year':25660,'untilYear':2566}},"
        + "{'item':'o4','answer':true,'evidence':{'year':2566,'untilYear':2565}}]}")).containsExactly(
        "$.agency.website: expected the main website as an http or https URL such as https://www.example.go.th, "
            + "got string \"www.x.go.th\"",
        "$.oit[0].evidence.note: unknown field [note] (known: [urls, explanation, year, untilYear, elements])",
        "$.oit[0].evidence.urls: expected an array, got string \"https://x.go.th\"",
        "$.oit[0].evidence.explanation: expected a non-empty string, got string \"\"",
        "$.oit[0].evidence.year: expected a fiscal year B.E. such as 2566, got 2023 (a year C.E.? add 543: 2566)",
        "$.oit[0].evidence.untilYear: untilYear needs year, the first year the plan covers",
        "$.oit[0].evidence.elements[0]: expected a non-empty string, got number 1",
        "$.oit[1].evidence.urls[0]: expected a non-empty string, got string \" \"",
        "$.oit[1].evidence.year: fiscal year out of range (valid 2500 - 2700): 25660",
        "$.oit[1].evidence.untilYear: untilYear needs year, the first year the plan covers",
        "$.oit[2].evidence.untilYear: untilYear 2565 is before year 2566");
  }

  @Test
  void anElementTheItemDoesNotHave() {
    assertThat(problems("{'rubric':'ITA-2564','oit':[{'item':'o2','answer':true,'evidence':{'elements':['photo','email']}}],"
        + "'published':[{'level':'TOOL','id':'IIT','score':90},{'level':'TOOL','id':'EIT','score':90}]}")).startsWith(
        "$.oit[0].evidence.elements[1]: unknown element [email] of o2 (valid: [executives, name, position, photo, contact])");
  }

  @Test
  void aTotalFigureNeedsTheIdTotalAndNoPart() {
    assertThat(problems("{'rubric':'ITA-2566','published':[{'level':'TOTAL','id':'sum','score':90},"
        + "{'level':'TOTAL','id':'total','part':'PUBLIC','score':90}]}")).containsExactly(
        "$.published[0].id: unknown TOTAL id [sum] in ITA-2566 (the id of the total is \"total\")",
        "$.published[1].part: the total has no part");
  }

  @Test
  void anInputForAnotherRubric() {
    AssessmentInput in = AssessmentInput.builder().rubric("ITA-2566").build();
    assertThatThrownBy(() -> ScoringEngine.of(Rubrics.forFiscalYear(2564)).score(in))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Invalid assessment input (1 problem):\n  - $.rubric: input is for rubric [ITA-2566], this engine scores [ITA-2564]");
  }

  @Test
  void everyProblemComesInOneException() {
    String r = "{'id':'r1','answers':{" + iitAnswers("'i1':[4,9],'i30':[1]") + "}}";
    assertThat(problems(fy2564(r + "," + r))).hasSize(5);
  }

  @Test
  void aJavaCallerGetsTheSamePaths() {
    var r = Rubrics.forFiscalYear(2566);
    AssessmentInput in = Inputs.perfect(r, 1).addPublished(io.github.itasdk.core.input.PublishedFigure.of(
        io.github.itasdk.core.card.FigureLevel.QUESTION, "e1", Part.PUBLIC, new java.math.BigDecimal("120"))).build();
    assertThat(ScoringEngine.of(r).check(in)).extracting(Problem::toString)
        .containsExactly("$.published[0].score: published question e1 out of range (valid 0 - 100): 120");
    assertThat(ItaJson.write(in)).contains("\"rubric\" : \"ITA-2566\"");
  }
}
