package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rubric file of one's own, for a year the SDK does not ship: examples/own-rubric/ITA-2569.json was
 * written from scratch for a made-up FY2569 (it is no NACC rubric), in the format of docs/rubric-format.md.
 */
class RubricFileTest {
  static final Path FY2569 = Path.of("../examples/own-rubric/ITA-2569.json");
  static final Path AGENCY_2569 = Path.of("../examples/own-rubric/agency-2569.json");

  @Test
  void aRubricFileForAMadeUpYearLoadsAndScores() throws IOException {
    Rubric r = Rubrics.load(FY2569);
    assertThat(r.id()).isEqualTo("ITA-2569");
    assertThat(r.fiscalYearCE()).isEqualTo(2026);
    assertThat(r.tool(ToolKind.IIT).indicators()).hasSize(5);
    assertThat(Rubrics.find(2569)).as("loading a file does not change the shipped registry").isEmpty();

    ScoreCard card = Ita.score(Files.readString(AGENCY_2569), r);
    // IIT: i1 (4,3,4,4) 91.67, i2 yes/no negative (no,no,no,yes) 75, indicator 1 = 83.33; i3 (3,4,4,3) 83.33;
    // i4 (4,3,4,3) 83.33; i5 negative (1,2,1,1) 91.67; i6 (3,4,4,3) 83.33 → IIT 85.00
    // EIT: e1 (4,3,4,4) 91.67; e2 (3,4,4,3) 83.33; e3 (4,3,4,3) 83.33 → 86.11
    // OIT: 9.1 (100, 100) 100; 10.1 (100, 50) 75 → 87.50
    // total 0.3 · 85 + 0.3 · 86.11… + 0.4 · 87.5 = 86.33
    assertThat(card.tool(ToolKind.IIT)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("85"));
    assertThat(card.total()).isEqualByComparingTo("86.33");
    assertThat(card.rating().map(Rating::toString)).hasValue("GOOD ผ่านดี (Good)");   // every tool ≥ 85
  }

  @Test
  void aRubricFileIsValidatedExactlyLikeTheShippedYears(@TempDir Path dir) throws IOException {
    String good = Files.readString(FY2569);
    Path broken = dir.resolve("ITA-2569.json");
    Files.writeString(broken, good.replace("\"weight\": 30", "\"weight\": 35").replace("\"number\": 10,", "\"number\": 11,")
        .replace("\"scale\": \"YES_NO\"", "\"scale\": \"YESNO\""));
    assertThatThrownBy(() -> Rubrics.load(broken)).isInstanceOf(InvalidRubricException.class)
        .satisfies(e -> assertThat(((InvalidRubricException) e).problems()).extracting(Problem::toString).containsExactly(
            "ITA-2569/tools[IIT]/indicators[1]/i2: unknown scale [YESNO] (scales: [LEVEL4, YES_NO])",
            "ITA-2569/tools[OIT]/indicators[11]: indicator numbered outside 1 - 10: 11",
            "ITA-2569/tools: indicator 10 is missing",
            "ITA-2569/weighting: weights of rubric [ITA-2569] sum to [110], expected [100]"))
        .hasMessageStartingWith("Invalid rubric [" + broken + "]");
  }

  @Test
  void malformedJsonNamesTheFileAndThePath(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(FY2569).replace("\"fiscalYear\": 2569", "\"fiscalYear\": \"soon\""));
    assertThatThrownBy(() -> Rubrics.load(bad)).isInstanceOf(InvalidRubricException.class)
        .hasMessageStartingWith("Invalid rubric [" + bad + "]")
        .satisfies(e -> assertThat(((InvalidRubricException) e).problems().get(0).location()).isEqualTo("$.fiscalYear"));
    assertThatThrownBy(() -> Rubrics.load(dir.resolve("none.json"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void withoutItsRubricAnInputGetsOneProblemSayingHowToLoadIt() throws IOException {
    String json = Files.readString(AGENCY_2569);
    assertThatThrownBy(() -> Ita.score(json)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString).containsExactly(
            "$.rubric: no rubric [ITA-2569]; shipped: ITA-2564, ITA-2566, ITA-2568; " + Rubrics.HOW_TO_LOAD));
  }

  @Test
  void anInputForAnotherRubricIsRefusedAtItsRubricField() throws IOException {
    Rubric r = Rubrics.load(FY2569);
    String json = Files.readString(AGENCY_2569).replace("\"ITA-2569\"", "\"ITA-2568\"");
    assertThatThrownBy(() -> Ita.score(json, r)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.rubric: input is for rubric [ITA-2568], this engine scores [ITA-2569]");
  }
}
