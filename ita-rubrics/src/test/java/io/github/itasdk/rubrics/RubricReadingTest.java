package io.github.itasdk.rubrics;

import static io.github.itasdk.rubrics.RubricValidationTest.broken;
import static io.github.itasdk.rubrics.RubricValidationTest.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.json.ItaJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the rubric format (docs/rubric-format.md) by hand: each problem of form — a wrong type, a
 * missing or unknown field, an unknown value, a malformed document — is named with its JSON path, all of
 * them together, before the rules that need the whole rubric run.
 */
class RubricReadingTest {

  @Test
  void everyProblemOfFormIsReportedTogetherWithItsPath() {
    InvalidRubricException e = broken(r -> {
      r.put("fiscalYear", "soon");
      r.putObject("title");
      ((ObjectNode) r.get("provenance")).remove("source");
      question(r, 0, 0, 0).put("colour", "red");
      ((ObjectNode) r.get("ratingPolicy").get("bands").get(0)).put("meetsTarget", "yes");
      ((ObjectNode) r.get("weighting").get("weights").get(0)).put("weight", "30");
      ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("scales").get(0).get("levels")).set(0, 1);
      ((ObjectNode) r.get("tools").get(1)).put("parts", "PUBLIC");
      ((ObjectNode) r.get("scales").get(1)).put("id", " ");
    });
    assertThat(e).hasMessageStartingWith("Invalid rubric [test] (9 problems)");
    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "$.fiscalYear: expected a whole number, got string \"soon\"",
        "$.title: a label needs Thai or English text: th, en or both",
        "$.provenance.source: missing field",
        "$.tools[0].indicators[0].questions[0].colour: unknown field [colour] (known: [id, text, gloss, kind, scale,"
            + " weight, subItems, evidence, aliases, provenance])",
        "$.ratingPolicy.bands[0].meetsTarget: expected true or false, got string \"yes\"",
        "$.weighting.weights[0].weight: expected a number, got string \"30\"",
        "$.scales[0].levels[0]: expected an object, got number 1",
        "$.tools[1].parts: expected an array, got string \"PUBLIC\"",
        "$.scales[1].id: expected a non-empty string, got string \" \"");
  }

  @Test
  void aDocumentThatIsNoRubricObjectIsNamedAsSuch() {
    assertThat(problems("")).containsExactly("$: empty document");
    assertThat(problems("[]")).containsExactly("$: expected an object, got array []");
    assertThat(problems("{\"id\": \"ITA-2569\"} {}")).containsExactly(
        "$: malformed JSON: content after the document's value (a document holds one JSON value) (line 1, column 20)");
    assertThat(problems("{\"id\": \"ITA-2569\",\n \"fiscalYear\": 25x}")).containsExactly(
        "$.fiscalYear: malformed JSON: Unexpected character ('x' (code 120)): was expecting comma to separate Object"
            + " entries (line 2, column 18)");
    assertThat(problems("{\"id\": \"ITA-2569\", \"id\": \"ITA-2570\"}")).containsExactly(
        "$.id: malformed JSON: Duplicate field 'id' (line 1, column 24)");
  }

  @Test
  void aRubricFileThatIsNotUtf8IsToldToBeSavedAsUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ITA-2569.json");
    Files.write(file, new byte[] {'{', '"', 'i', 'd', '"', ':', ' ', '"', (byte) 0xBE, '"', '}'}); // TIS-620 "พ"
    assertThatThrownBy(() -> Rubrics.load(file)).isInstanceOf(InvalidRubricException.class)
        .hasMessageStartingWith("Invalid rubric [" + file + "]")
        .satisfies(e -> assertThat(((InvalidRubricException) e).problems()).extracting(Problem::toString).containsExactly(
            "$: not UTF-8 text; save the file as UTF-8 (a file saved as TIS-620 or Windows-874 must be converted)"));
  }

  private static java.util.List<String> problems(String json) {
    try {
      ItaJson.readRubric(new StringReader(json), "test");
    } catch (InvalidRubricException e) {
      assertThat(e).hasMessageStartingWith("Invalid rubric [test]");
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("accepted: " + json);
  }
}
