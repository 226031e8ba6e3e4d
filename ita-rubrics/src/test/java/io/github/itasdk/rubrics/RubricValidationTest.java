package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every load-time rule, each broken on purpose in a copy of the FY2566 rubric. */
class RubricValidationTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static ObjectNode fy2566() {
    try (InputStream in = Rubrics.class.getResourceAsStream("ITA-2566.json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static ObjectNode tool(ObjectNode rubric, int index) {
    return (ObjectNode) rubric.get("tools").get(index);
  }

  static ObjectNode question(ObjectNode rubric, int tool, int indicator, int q) {
    return (ObjectNode) tool(rubric, tool).get("indicators").get(indicator).get("questions").get(q);
  }

  static Rubric read(ObjectNode r) {
    try {
      return ItaJson.readRubric(new StringReader(JSON.writeValueAsString(r)), "test");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static InvalidRubricException broken(Consumer<ObjectNode> change) {
    ObjectNode r = fy2566();
    change.accept(r);
    try {
      ItaJson.readRubric(new StringReader(JSON.writeValueAsString(r)), "test");
    } catch (InvalidRubricException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the broken rubric was accepted");
  }

  @Test
  void theUnbrokenCopyLoads() throws IOException {
    Rubric r = ItaJson.readRubric(new StringReader(JSON.writeValueAsString(fy2566())), "test");
    assertThat(r).isEqualTo(Rubrics.forFiscalYear(2566));
  }

  @Test
  void duplicateQuestionId() {
    var e = broken(r -> ((ObjectNode) tool(r, 2).get("indicators").get(0).get("groups").get(0).get("items").get(3)).put("id", "o5"));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[OIT]/indicators[9]/o5: duplicate question id [o5]");
    assertThat(e).hasMessageStartingWith("Invalid rubric [ITA-2566] (1 problem):");
  }

  @Test
  void missingIndicator() {
    var e = broken(r -> ((ArrayNode) tool(r, 0).get("indicators")).remove(4));
    // nine indicators listed: numbers run 1 - 9, so 10 is out of place and 5 is missing
    assertThat(e.problems()).extracting(p -> p.message()).startsWith("indicator numbered outside 1 - 9: 10",
        "indicator 5 is missing").contains("theme names question [i25], which does not exist");
  }

  @Test
  void indicatorNumberedOutside1To10() {
    var e = broken(r -> ((ObjectNode) tool(r, 0).get("indicators").get(4)).put("number", 11));
    assertThat(e.problems()).extracting(p -> p.toString()).contains(
        "ITA-2566/tools[IIT]/indicators[11]: indicator numbered outside 1 - 10: 11", "ITA-2566/tools: indicator 5 is missing");
  }

  @Test
  void indicatorNumberedTwice() {
    var e = broken(r -> ((ObjectNode) tool(r, 0).get("indicators").get(4)).put("number", 6));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools: indicator 5 is missing", "ITA-2566/tools: duplicate indicator 6 (2 times)");
  }

  @Test
  void indicatorsNumberedOutOfTheToolsOrder() {
    var e = broken(r -> {
      ((ObjectNode) tool(r, 0).get("indicators").get(4)).put("number", 6);
      ((ObjectNode) tool(r, 1).get("indicators").get(0)).put("number", 5);
    });
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly("ITA-2566/tools[EIT]/indicators[5]: "
        + "indicator 5 listed after indicator 6 (number the indicators in the order of the tools and their indicators)");
  }

  @Test
  void whichToolHoldsWhichIndicatorIsTheRubricsData() {
    // IIT gives its last indicator to EIT: 1-4 IIT, 5-8 EIT, 9-10 OIT is a valid structure
    ObjectNode r = fy2566();
    JsonNode moved = ((ArrayNode) tool(r, 0).get("indicators")).remove(4);
    ((ArrayNode) tool(r, 1).get("indicators")).insert(0, moved);
    Rubric rubric = read(r);
    assertThat(rubric.tool(io.github.itasdk.core.rubric.ToolKind.EIT).indicators())
        .extracting(io.github.itasdk.core.rubric.Indicator::number).containsExactly(5, 6, 7, 8);
  }

  @Test
  void aTargetShareOutside0To100() {
    var e = broken(r -> ((ObjectNode) r.get("ratingPolicy").get("targetShare")).put("percent", 101));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/ratingPolicy/targetShare: share of agencies out of range (valid 0 - 100 percent): 101");
  }

  @Test
  void aProvisionalTargetShareWithoutANote() {
    var e = broken(r -> {
      ObjectNode prov = (ObjectNode) r.get("ratingPolicy").get("targetShare").get("provenance");
      prov.put("status", "PROVISIONAL");
      prov.remove("note");
    });
    assertThat(e.problems()).extracting(p -> p.location()).containsExactly("ITA-2566/ratingPolicy/targetShare");
  }

  @Test
  void aRatingPolicyWithoutATargetShare() {
    var e = broken(r -> ((ObjectNode) r.get("ratingPolicy")).remove("targetShare"));
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly("$.ratingPolicy.targetShare: missing field");
  }

  @Test
  void surveyQuestionWithoutSubItems() {
    var e = broken(r -> question(r, 0, 0, 0).putArray("subItems"));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[IIT]/indicators[1]/i1: a SCALE question needs at least one sub-item");
  }

  @Test
  void unknownScale() {
    var e = broken(r -> question(r, 0, 0, 0).put("scale", "LEVEL5"));
    assertThat(e.problems()).extracting(p -> p.message()).containsExactly("unknown scale [LEVEL5] (scales: [LEVEL4, YES_NO])");
  }

  @Test
  void weightsNotSummingTo100() {
    var e = broken(r -> ((ObjectNode) r.get("weighting").get("weights").get(0)).put("weight", 25));
    assertThat(e.problems()).extracting(p -> p.message()).containsExactly("weights of rubric [ITA-2566] sum to [95], expected [100]");
  }

  @Test
  void ratingBandsWithAGap() {
    var e = broken(r -> ((ObjectNode) r.get("ratingPolicy").get("bands").get(3)).put("min", new java.math.BigDecimal("71.00")));
    assertThat(e.problems()).extracting(p -> p.message()).containsExactly("rating bands leave a gap: 70.00 - 70.99 has no band");
  }

  @Test
  void ratingBandsThatOverlap() {
    var e = broken(r -> ((ObjectNode) r.get("ratingPolicy").get("bands").get(4)).put("max", new java.math.BigDecimal("70.00")));
    assertThat(e.problems()).extracting(p -> p.message()).containsExactly("rating bands overlap at 70.00 (band NEEDS_IMPROVEMENT)");
  }

  @Test
  void themeNamingAnIdThatDoesNotExist() {
    var e = broken(r -> ((ArrayNode) r.get("themes").get(0).get("questions")).add("o99"));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/themes[1]: theme names question [o99], which does not exist");
  }

  @Test
  void provisionalFactWithoutANote() {
    var e = broken(r -> ((ObjectNode) question(r, 1, 0, 3).get("provenance")).remove("note"));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[EIT]/indicators[6]/e4: provisional fact without a note saying why");
  }

  @Test
  void toolsAndPartsInTheirCanonicalOrder() {
    var e = broken(r -> {
      ArrayNode parts = (ArrayNode) tool(r, 1).get("parts");
      parts.removeAll();
      parts.add("SURVEY").add("PUBLIC");
    });
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[EIT]: parts listed [SURVEY, PUBLIC], expected [PUBLIC, SURVEY]");
  }

  @Test
  void aToolFloorOutside0To100() {
    var e = broken(r -> ((ObjectNode) r.get("ratingPolicy").get("bands").get(0)).put("toolFloor", new java.math.BigDecimal("101.00")));
    assertThat(e.problems()).extracting(p -> p.message()).containsExactly("tool floor out of range (valid 0.00 - 100.00): 101.00");
  }

  @Test
  void yesNoQuestionOnAFourLevelScale() {
    var e = broken(r -> question(r, 0, 0, 3).put("scale", "LEVEL4"));
    assertThat(e.problems()).extracting(p -> p.message())
        .containsExactly("a YES_NO question needs a 2-level scale coded no (level 1) and yes (level 2), [LEVEL4] is not");
  }

  @Test
  void severalProblemsAreReportedTogether() {
    var e = broken(r -> {
      ((ObjectNode) tool(r, 2).get("indicators").get(0).get("groups").get(0).get("items").get(3)).put("id", "o5");
      ((ObjectNode) r.get("weighting").get("weights").get(0)).put("weight", 25);
    });
    assertThat(e.problems()).hasSize(2);
    assertThat(e).hasMessageContaining("(2 problems)");
  }

  @Test
  void anUnknownValueNamesTheJsonPathAndTheValidOnes() {
    var e = broken(r -> question(r, 0, 0, 0).put("kind", "ESSAY"));
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly(
        "$.tools[0].indicators[0].questions[0].kind: unknown value [ESSAY] (valid: [SCALE, YES_NO, ASSESSOR])");
    assertThat(e).hasMessageStartingWith("Invalid rubric [test]");
  }

  @Test
  void everyShippedRubricSurvivesAJsonRoundTrip() {
    for (Rubric r : Rubrics.all()) {
      String json = ItaJson.write(r);
      assertThat(ItaJson.readRubric(new StringReader(json), r.id())).isEqualTo(r);
      JsonNode tree;
      try {
        tree = JSON.readTree(json);
      } catch (IOException ex) {
        throw new AssertionError(ex);
      }
      assertThat(tree.get("id").asText()).isEqualTo(r.id());
    }
  }

  // ------------------------------------------------------------------ OIT evidence rules

  static ObjectNode item(ObjectNode rubric, int group, int index) {
    return (ObjectNode) tool(rubric, 2).get("indicators").get(0).get("groups").get(group).get("items").get(index);
  }

  static ObjectNode evidenceOfO1(ObjectNode rubric) {
    return (ObjectNode) item(rubric, 0, 0).get("evidence");
  }

  @Test
  void evidenceOnASurveyQuestion() {
    var e = broken(r -> question(r, 0, 0, 0).set("evidence", evidenceOfO1(r).deepCopy()));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[IIT]/indicators[1]/i1/evidence: only OIT items have evidence rules, i1 is SCALE");
  }

  @Test
  void elementCodeNotLowerCase() {
    var e = broken(r -> ((ObjectNode) evidenceOfO1(r).get("elements").get(0)).put("code", "Org Chart"));
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly(
        "ITA-2566/tools[OIT]/indicators[9]/o1/evidence: element code [Org Chart] must be lower-case letters, digits and '-'");
  }

  @Test
  void duplicateElementCode() {
    var e = broken(r -> ((ObjectNode) evidenceOfO1(r).get("elements").get(1)).put("code", "chart"));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[OIT]/indicators[9]/o1/evidence: duplicate element code [chart]");
  }

  @Test
  void counterpartThatIsNotAnOitId() {
    var e = broken(r -> ((ArrayNode) evidenceOfO1(r).get("counterparts")).set(0, "i1"));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[OIT]/indicators[9]/o1/evidence: counterpart [i1] is not an OIT item id such as o12");
  }

  @Test
  void mappedEvidenceMarkedVerified() {
    var e = broken(r -> ((ObjectNode) evidenceOfO1(r).get("provenance")).put("status", "VERIFIED"));
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly("ITA-2566/tools[OIT]/indicators[9]/o1/evidence: "
        + "evidence rules mapped from another year's items must be marked provisional");
  }

  @Test
  void evidenceWithoutElementsMarkedVerified() {
    var e = broken(r -> {
      ObjectNode ev = evidenceOfO1(r);
      ((ArrayNode) ev.get("elements")).removeAll();
      ((ArrayNode) ev.get("counterparts")).removeAll();
      ((ObjectNode) ev.get("provenance")).put("status", "VERIFIED");
    });
    assertThat(e.problems()).extracting(p -> p.toString()).containsExactly("ITA-2566/tools[OIT]/indicators[9]/o1/evidence: "
        + "evidence rules without elements must be marked provisional (no source gives them)");
  }

  @Test
  void provisionalExclusionWithoutANote() {
    // FY2566 o24 (group 9.4, third item) may be excluded
    var e = broken(r -> ((ObjectNode) item(r, 3, 1).get("evidence").get("exclusion").get("provenance")).remove("note"));
    assertThat(e.problems()).extracting(p -> p.toString())
        .containsExactly("ITA-2566/tools[OIT]/indicators[9]/o24/evidence/exclusion: provisional fact without a note saying why");
  }

  @Test
  void unknownPeriod() {
    var e = broken(r -> evidenceOfO1(r).put("period", "SOMETIME"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("$.tools[2].indicators[0].groups[0].items[0].evidence.period");
      assertThat(p.message()).contains("SOMETIME");
    });
  }
}
