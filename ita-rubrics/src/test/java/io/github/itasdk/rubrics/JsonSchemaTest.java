package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas (ita-core resources schema/) describe exactly what the SDK reads and writes. */
class JsonSchemaTest {
  static final SchemaCheck INPUT = SchemaCheck.load("/schema/assessment-input.schema.json");
  static final SchemaCheck CARD = SchemaCheck.load("/schema/score-card.schema.json");
  static final ObjectMapper M = new ObjectMapper();

  static JsonNode tree(String json) throws IOException {
    return M.readTree(json);
  }

  static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("../examples"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everyBundledExampleAndItsScoreCardFollowTheSchemas() throws IOException {
    assertThat(examples()).isNotEmpty();
    for (Path p : examples()) {
      String json = Files.readString(p);
      assertThat(INPUT.errors(tree(json))).as(p.toString()).isEmpty();
      if (p.getFileName().toString().startsWith("oit-check")) {
        // an OIT self-check example: it shows what the engine refuses (an exclusion not allowed, a missing item)
        var in = Ita.readInput(json);
        assertThat(io.github.itasdk.core.oit.OitSelfCheck.of(Rubrics.forId(in.rubric())).check(in).findings()).isNotEmpty();
        continue;
      }
      assertThat(CARD.errors(tree(ItaJson.write(Ita.score(json))))).as(p.toString()).isEmpty();
    }
  }

  @Test
  void generatedRawInputsAndTheirCardsFollowTheSchemas() throws IOException {
    for (Rubric r : Rubrics.all()) {
      AssessmentInput in = EngineProperties.example(r, 3);
      assertThat(INPUT.errors(tree(ItaJson.write(in)))).isEmpty();
      ScoreCard card = Ita.score(in);
      assertThat(CARD.errors(tree(ItaJson.write(card)))).isEmpty();
      assertThat(CARD.errors(tree(ItaJson.write(card.ratedUnder(Rubrics.forFiscalYear(2564).ratingPolicy()))))).isEmpty();
    }
  }

  @Test
  void theCheckerCatchesAnUndeclaredField() throws IOException {
    ObjectNode card = (ObjectNode) tree(ItaJson.write(Ita.score(Files.readString(examples().get(0)))));
    card.put("surprise", 1);
    ((ObjectNode) card.get("tools").get(0)).remove("origin");
    assertThat(CARD.errors(card)).containsExactly("$.tools[0]: missing required origin", "$.surprise: not declared in the schema");
  }
}
