package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.io.CohortCsv;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every property the JSON writer emits for the bundled examples (and a few other shapes) is declared in
 * the published schema, with a compatible type: both trees are walked side by side.
 */
class SchemaTest {
  private static final com.fasterxml.jackson.databind.ObjectMapper TREES = new com.fasterxml.jackson.databind.ObjectMapper();

  static JsonNode schema(String name) throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/" + name)) {
      assertThat(in).as("schema resource %s", name).isNotNull();
      return TREES.readTree(in);
    }
  }

  static List<String> undeclared(JsonNode value, JsonNode schema, JsonNode root, String path) {
    List<String> problems = new ArrayList<>();
    walk(value, schema, root, path, problems);
    return problems;
  }

  private static void walk(JsonNode v, JsonNode s, JsonNode root, String path, List<String> problems) {
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      s = root.at(ref.substring(1));
      if (s.isMissingNode()) {
        problems.add(path + ": dangling " + ref);
        return;
      }
    }
    String type = s.path("type").asText("");
    boolean ok = switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "number" -> v.isNumber();
      case "integer" -> v.isIntegralNumber();
      case "boolean" -> v.isBoolean();
      default -> false;
    };
    if (!ok) {
      problems.add(path + ": " + v.getNodeType() + " where the schema says [" + type + "]");
      return;
    }
    if (s.has("enum")) {
      boolean listed = false;
      for (JsonNode e : s.get("enum")) {
        listed |= e.equals(v);
      }
      if (!listed) {
        problems.add(path + ": " + v + " is not in the enum " + s.get("enum"));
      }
    }
    if (v.isArray()) {
      int i = 0;
      for (JsonNode item : v) {
        walk(item, s.get("items"), root, path + "[" + i++ + "]", problems);
      }
    }
    if (v.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode declared = s.path("properties").path(f.getKey());
        if (declared.isMissingNode()) {
          JsonNode extra = s.path("additionalProperties");
          if (extra.isObject()) {
            walk(f.getValue(), extra, root, path + "." + f.getKey(), problems);
          } else {
            problems.add(path + "." + f.getKey() + ": not declared");
          }
        } else {
          walk(f.getValue(), declared, root, path + "." + f.getKey(), problems);
        }
      }
    }
  }

  static void conforms(Object value, String schemaName) throws IOException {
    JsonNode schema = schema(schemaName);
    JsonNode json = TREES.readTree(ItaJson.write(value));
    assertThat(undeclared(json, schema, schema, "$")).as(schemaName).isEmpty();
  }

  @Test
  void analysisReportsOfTheExamplesAndOtherShapesFollowTheirSchema() throws IOException {
    ReportOptions dense = ReportOptions.builder().threshold(new BigDecimal("95"))
        .plan(PlanDocument.builder().addMeasures(Measure.builder().title("m").targets(Targets.builder().addIndicators(8)
            .addQuestions("e13").build()).addResponsible("r").addSteps("s").period("t").successIndicator("x")
            .budget("0").draft(true).build()).addLimitations("l").addSuggestions("s")
            .signOff(SignOff.builder().name("n").position("p").date("d").build())
            .addPastMeasures(PastMeasure.builder().title("p").status(PastMeasure.Status.PARTLY)
                .targets(Targets.builder().addIndicators(8).addQuestions("e13").build()).evidence("https://x.example")
                .note("n").build()).build())
        .previous(PreviousResult.of(Examples.thaKub(), Rubrics.forFiscalYear(2566)))
        .addExtraSections(ExtraSection.builder().id("x").title(Label.of("ก", "a")).addItems(Label.of("ข", "b")).build())
        .build();
    conforms(AnalysisReport.of(Examples.thaKub(), Rubrics.forFiscalYear(2566)), "analysis-report.schema.json");
    conforms(AnalysisReport.of(Examples.diw(), Rubrics.forFiscalYear(2566), dense), "analysis-report.schema.json");
    conforms(RenderTest.evil(), "analysis-report.schema.json");
    // FY2564 with an excluded OIT item and an unpublishable result
    Rubric r = Rubrics.forFiscalYear(2564);
    AssessmentInput.Builder in = Inputs.fromIndicators("ITA-2564", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90")
        .putConditions(io.github.itasdk.core.rubric.PublicationCondition.OIT_ANSWERED, false);
    r.tool(io.github.itasdk.core.rubric.ToolKind.OIT).indicators().forEach(i -> i.allQuestions().forEach(q ->
        in.addOit(q.id().equals("o43") ? OitAssessment.excluded("o43", "คำสั่งจังหวัด") : OitAssessment.answered(q.id(), true))));
    ScoreCard card = ScoringEngine.of(r).score(in.build());
    AnalysisReport fy2564 = AnalysisReport.of(card, r);
    assertThat(fy2564.details().get(9).questions()).anySatisfy(q -> assertThat(q.excluded()).hasValue("คำสั่งจังหวัด"));
    assertThat(fy2564.header().publication().missed()).isNotEmpty();
    conforms(fy2564, "analysis-report.schema.json");
    // the uncertainty section: intervals from raw answers, and the no-interval case (published figures only)
    conforms(UncertaintyTest.municipality(), "analysis-report.schema.json");
    conforms(UncertaintyTest.withUncertainty("thakub-sao-2566"), "analysis-report.schema.json");
  }

  @Test
  void comparisonsAndCohortsFollowTheirSchemas() throws IOException {
    conforms(Comparison.of(Examples.thaKub(), Rubrics.forFiscalYear(2566), Examples.diw(), Rubrics.forFiscalYear(2566)),
        "comparison.schema.json");
    ScoreCard fy2564 = ScoringEngine.of(Rubrics.forFiscalYear(2564)).score(Inputs.fromIndicators("ITA-2564",
        "97", "96", "95", "96.5", "97.2", "86", "84", "80", "100", "95").build());
    conforms(Comparison.of(fy2564, Rubrics.forFiscalYear(2564), Examples.thaKub(), Rubrics.forFiscalYear(2566)),
        "comparison.schema.json");
    try (var in = Files.newBufferedReader(Examples.DIR.resolve("cohort-2566.csv"))) {
      conforms(CohortCsv.read(in, Rubrics.all(), new BigDecimal("100")), "cohort.schema.json");
    }
    // too close to call and no interval
    conforms(new UncertaintyTest().new TooCloseToCall().cohort, "cohort.schema.json");
  }

  @Test
  void theWalkFindsAnUndeclaredProperty() throws IOException {
    JsonNode schema = schema("comparison.schema.json");
    JsonNode json = TREES.readTree("{\"format\":\"ita-comparison/1\",\"surprise\":1}");
    assertThat(undeclared(json, schema, schema, "$")).containsExactly("$.surprise: not declared");
  }
}
