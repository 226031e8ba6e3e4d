package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.internal.LinearModel.Node;
import io.github.itasdk.core.internal.ModelCache;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.internal.ScoringPlan;
import io.github.itasdk.core.internal.Tally;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's flat tally and the rubric's numbered figures ({@link ScoringPlan}): a tally filled from a
 * whole survey's counters equals one filled sub-item by sub-item, and a question's exact mean is Σ points ×
 * count ÷ (respondents × sub-items), whether read reduced or as its sum over its divisor.
 */
class TallyTest {
  private final Rubric rubric = Rubrics.forFiscalYear(2566);

  @Test
  void aWholeSurveysCountersFillTheTallyAsItsSubItemsDo() {
    for (ToolKind kind : new ToolKind[] {ToolKind.IIT, ToolKind.EIT}) {
      Tool tool = rubric.tool(kind);
      ModelCache.SurveyQuestion[] qs = ModelCache.of(rubric).plan().survey(kind).questions();
      Random random = new Random(kind.ordinal());
      int size = 0;
      for (ModelCache.SurveyQuestion q : qs) {
        size += q.subItems().length * (q.scale().size() + 1);
      }
      int[] counters = new int[size];
      Tally bySubItem = new Tally(rubric, tool);
      int at = 0;
      for (ModelCache.SurveyQuestion q : qs) {
        for (int s = 0; s < q.subItems().length; s++) {
          for (int level = 1; level <= q.scale().size(); level++) {
            counters[at + level] = random.nextInt(50);
          }
          bySubItem.add(q.question().id(), s, counters, at);
          at += q.scale().size() + 1;
        }
      }
      Tally whole = new Tally(rubric, tool);
      whole.addAll(counters);
      whole.addRespondents(61);
      bySubItem.addRespondents(61);
      for (int i = 0; i < qs.length; i++) {
        String id = qs[i].question().id();
        assertThat(whole.counts(id)).isDeepEqualTo(bySubItem.counts(id));
        assertThat(whole.mean(i)).isEqualTo(bySubItem.mean(i)).isEqualTo(expectedMean(qs[i], whole.counts(id), 61));
        assertThat(Ratio.of(whole.sum(i), whole.divisor(i))).isEqualTo(whole.mean(i));
      }
    }
  }

  /** Σ points × count ÷ (respondents × sub-items), in BigIntegers from the scale's points. */
  private static Ratio expectedMean(ModelCache.SurveyQuestion q, long[][] counts, long respondents) {
    BigInteger sum = BigInteger.ZERO;
    for (int s = 0; s < counts.length; s++) {
      for (int level = 1; level < counts[s].length; level++) {
        sum = sum.add(q.subItems()[s].numerators()[level].multiply(BigInteger.valueOf(counts[s][level])));
      }
    }
    return Ratio.of(sum, q.subItems()[0].denominator().multiply(BigInteger.valueOf(respondents * counts.length)));
  }

  @Test
  void aTallyWithoutRespondentsHasNoMean() {
    Tally t = new Tally(rubric, rubric.tool(ToolKind.IIT));
    assertThat(t.mean(0)).isNull();
  }

  @Test
  void countersOfAnotherLayoutAreRefused() {
    Tally t = new Tally(rubric, rubric.tool(ToolKind.IIT));
    assertThatThrownBy(() -> t.addAll(new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("3 counters for a tally of \\d+");
  }

  @Test
  void everyFigureOfTheCardIsNumberedOnceAndNamesItsNode() {
    ScoringPlan plan = ModelCache.of(rubric).plan();
    Set<Integer> seen = new HashSet<>();
    for (int[] numbers : new int[][] {plan.cardTools(), plan.cardIndicators(), plan.cardGroups(), plan.cardQuestions()}) {
      for (int n : numbers) {
        assertThat(seen.add(n)).isTrue();
        assertThat(plan.number(plan.node(n))).isEqualTo(n);
      }
    }
    assertThat(plan.node(plan.total())).isEqualTo(Node.TOTAL);
    assertThat(seen).hasSize(plan.size() - 1);
    ScoringPlan.Survey eit = plan.survey(ToolKind.EIT);
    for (Part p : new Part[] {null, Part.PUBLIC, Part.SURVEY}) {
      int slot = ScoringPlan.slot(p);
      for (int q = 0; q < eit.questions().length; q++) {
        assertThat(plan.node(eit.questionNodes(slot)[q])).isEqualTo(Node.question(eit.questions()[q].question().id(), p));
      }
      assertThat(plan.node(eit.toolNode(slot))).isEqualTo(Node.tool(ToolPart.of(ToolKind.EIT, p)));
    }
    assertThat(plan.number(Node.question("no-such-question", null))).isEqualTo(-1);
  }
}
