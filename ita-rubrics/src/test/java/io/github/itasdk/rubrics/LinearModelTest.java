package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.LinearModel.Node;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The coefficients of the FY2566 rubric (weights IIT 30, EIT parts 15 and 15, OIT 40; 5 IIT indicators of 6
 * questions, 3 EIT indicators of 5, OIT indicators 9 and 10 of 5 and 2 groups; SPEC §2 and §4), worked out by
 * hand and compared with the model's.
 */
class LinearModelTest {
  static final Rubric FY2566 = Rubrics.forFiscalYear(2566);

  /** Every question of every survey (per EIT part, except {@code without}) and every OIT item measured. */
  static Set<Node> measured(Rubric r, Part without, Set<String> excluded) {
    Set<Node> m = new HashSet<>();
    for (Tool t : r.tools()) {
      for (var ind : t.indicators()) {
        for (Question q : ind.allQuestions()) {
          if (t.tool() == ToolKind.OIT) {
            if (!excluded.contains(q.id())) {
              m.add(Node.question(q.id(), null));
            }
          } else if (t.hasParts()) {
            t.parts().stream().filter(p -> p != without).forEach(p -> m.add(Node.question(q.id(), p)));
          } else {
            m.add(Node.question(q.id(), null));
          }
        }
      }
    }
    return m;
  }

  static LinearModel model(Set<Node> given, Set<String> excluded, Part without) {
    Set<ToolPart> withData = new HashSet<>();
    FY2566.tool(ToolKind.EIT).parts().stream().filter(p -> p != without)
        .forEach(p -> withData.add(ToolPart.of(ToolKind.EIT, p)));
    return LinearModel.of(FY2566, new LinearModel.Pattern(given, excluded, measured(FY2566, without, excluded),
        withData, without != null));
  }

  static Ratio r(long num, long den) {
    return Ratio.of(num).divide(den);
  }

  @Test
  void everyLeafOfAFullInputCarriesItsShareOfTheWeights() {
    LinearModel m = model(Set.of(), Set.of(), null);
    assertThat(m.coefficient(Node.question("i1", null), Node.TOTAL)).isEqualTo(r(1, 100)); // 0.30 × 1/5 × 1/6
    assertThat(m.coefficient(Node.question("e1", Part.PUBLIC), Node.TOTAL)).isEqualTo(r(1, 100)); // 0.15 × 1/3 × 1/5
    assertThat(m.coefficient(Node.question("o1", null), Node.TOTAL)).isEqualTo(r(1, 250)); // 0.40 × 1/2 × 1/5 × 1/10
    assertThat(m.coefficient(Node.question("o27", null), Node.TOTAL)).isEqualTo(r(1, 100)); // 0.40 × 1/2 × 1/5 × 1/4
    // the combined EIT indicator is the parts' mean: each part's question counts 1/2 × 1/5
    assertThat(m.coefficient(Node.question("e1", Part.SURVEY), Node.indicator(6, null))).isEqualTo(r(1, 10));
    assertThat(m.coefficient(Node.tool(ToolPart.of(ToolKind.EIT, Part.PUBLIC)), Node.TOTAL)).isEqualTo(r(15, 100));
    assertThat(m.terms(Node.TOTAL).values().stream().reduce(Ratio.ZERO, Ratio::add)).isEqualTo(Ratio.ONE);
    assertThat(m.terms(Node.TOTAL)).hasSize(30 + 2 * 15 + 43);
    assertThat(m.onePart()).isEmpty();
  }

  @Test
  void anExcludedItemsShareGoesToTheRestOfItsGroup() {
    LinearModel m = model(Set.of(), Set.of("o27"), null);
    assertThat(m.isKnown(Node.question("o27", null))).isFalse();
    assertThat(m.coefficient(Node.question("o28", null), Node.TOTAL)).isEqualTo(r(1, 75)); // 0.40 × 1/2 × 1/5 × 1/3
    assertThat(m.coefficient(Node.question("o1", null), Node.TOTAL)).isEqualTo(r(1, 250));
  }

  @Test
  void anEitScoredFromOnePartGivesThatPartBothPartsWeights() {
    LinearModel m = model(Set.of(), Set.of(), Part.SURVEY);
    assertThat(m.onePart()).containsEntry(ToolKind.EIT, Part.PUBLIC);
    assertThat(m.coefficient(Node.question("e1", Part.PUBLIC), Node.TOTAL)).isEqualTo(r(1, 50)); // 0.30 × 1/3 × 1/5
    assertThat(m.isKnown(Node.tool(ToolPart.of(ToolKind.EIT, Part.SURVEY)))).isFalse();
    assertThat(m.direct(Node.tool(ToolPart.of(ToolKind.EIT)))).containsOnlyKeys(Node.tool(ToolPart.of(ToolKind.EIT, Part.PUBLIC)));
  }

  @Test
  void aGivenFigureHidesTheLeavesBelowIt() {
    LinearModel m = model(Set.of(Node.indicator(7, Part.PUBLIC)), Set.of(), null);
    // indicator 7 of part PUBLIC given: it stands for that part's e6..e10 with the part's weight × 1/3
    assertThat(m.coefficient(Node.indicator(7, Part.PUBLIC), Node.TOTAL)).isEqualTo(r(1, 20));
    assertThat(m.coefficient(Node.question("e6", Part.PUBLIC), Node.TOTAL)).isEqualTo(Ratio.ZERO);
    assertThat(m.coefficient(Node.question("e6", Part.SURVEY), Node.TOTAL)).isEqualTo(r(1, 100));
    assertThat(m.terms(Node.TOTAL).values().stream().reduce(Ratio.ZERO, Ratio::add)).isEqualTo(Ratio.ONE);
  }

  @Test
  void aCombinedFigureGivenWhereBothPartsAreKnownIsShownButNotCounted() {
    // as the engine does: the total takes the EIT through its parts whenever both are known
    LinearModel m = model(Set.of(Node.indicator(7, null)), Set.of(), null);
    assertThat(m.coefficient(Node.indicator(7, null), Node.TOTAL)).isEqualTo(Ratio.ZERO);
    assertThat(m.coefficient(Node.question("e6", Part.PUBLIC), Node.TOTAL)).isEqualTo(r(1, 100));
    assertThat(m.direct(Node.TOTAL)).containsKeys(Node.tool(ToolPart.of(ToolKind.EIT, Part.PUBLIC)),
        Node.tool(ToolPart.of(ToolKind.EIT, Part.SURVEY)));
  }

  @Test
  void whatAGivenFigureImpliesForTheOneFigureBelowItWithoutAValue() {
    LinearModel m = model(Set.of(), Set.of(), null);
    Node e8 = Node.question("e8", null);
    List<LinearModel.Implied> implied = m.implied(Node.indicator(7, null), Ratio.parse("80.91"),
        n -> n.level() == LinearModel.Level.QUESTION && n.part() == null && !n.equals(e8)
            ? (n.id().equals("e10") ? Ratio.parse("71.21") : Ratio.parse("71.20")) : null);
    assertThat(implied).singleElement().satisfies(i -> {
      assertThat(i.unknown()).containsExactly(e8);
      assertThat(i.mean()).isEqualTo(Ratio.parse("119.74")); // 5 × 80.91 − 284.81
      assertThat(i.impossible()).isTrue();
    });
    assertThatThrownBy(() -> model(Set.of(), Set.of(), Part.SURVEY).evaluate(Node.tool(ToolPart.of(ToolKind.EIT,
        Part.SURVEY)), n -> Ratio.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no value for tool EIT (SURVEY) under this pattern");
  }
}
