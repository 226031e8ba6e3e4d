package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.LinearModel.Node;
import io.github.itasdk.core.internal.ModelCache;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the engine keeps with a rubric instance: one model per pattern key, the scales' points. */
class ModelCacheTest {
  /** A rubric instance of its own (read back from its JSON), so that the kept models start empty. */
  static Rubric fresh(int year) {
    Rubric r = Rubrics.forFiscalYear(year);
    return ItaJson.readRubric(new StringReader(ItaJson.write(r)), r.id() + ".json");
  }

  @Test
  void keptWithTheRubricInstance() {
    Rubric r = Rubrics.forFiscalYear(2566);
    assertThat(ModelCache.of(r)).isSameAs(ModelCache.of(r));
    Rubric copy = fresh(2566);
    assertThat(copy).isEqualTo(r);
    assertThat(ModelCache.of(copy)).isNotSameAs(ModelCache.of(r));
  }

  @Test
  void equalKeysShareOneModel_aNullKeyOrAFullCacheCompilesEachTime() {
    Rubric r = fresh(2566);
    ModelCache cache = ModelCache.of(r);
    LinearModel.Pattern none = new LinearModel.Pattern(Set.of(), Set.of(), Set.of(), Set.of(), false);
    AtomicInteger compiled = new AtomicInteger();
    LinearModel first = cache.model("k", () -> {
      compiled.incrementAndGet();
      return none;
    });
    assertThat(cache.model("k", () -> {
      compiled.incrementAndGet();
      return none;
    })).isSameAs(first);
    assertThat(compiled).hasValue(1);
    assertThat(cache.model(null, () -> none)).isNotSameAs(first).isNotSameAs(cache.model(null, () -> none));
    for (int i = 0; i < 300; i++) {
      cache.model(i, () -> none);
    }
    assertThat(cache.toString()).isEqualTo("ModelCache[ITA-2566, 256 models]");
    LinearModel beyond = cache.model(1000, () -> none);
    assertThat(beyond).isNotSameAs(cache.model(1000, () -> none));
    assertThat(beyond.isKnown(Node.TOTAL)).isFalse();
  }

  @Test
  void whatACallerCompilesIsMadeOncePerEqualKey_uptoTheSameBound() {
    Rubric r = fresh(2566);
    ModelCache cache = ModelCache.of(r);
    record Key(String what, int n) {}
    AtomicInteger made = new AtomicInteger();
    int[] first = cache.kept(new Key("a", 1), () -> new int[] {made.incrementAndGet()});
    assertThat(cache.<int[]>kept(new Key("a", 1), () -> new int[] {made.incrementAndGet()})).isSameAs(first);
    assertThat(cache.<int[]>kept(new Key("a", 2), () -> new int[] {made.incrementAndGet()})).isNotSameAs(first);
    assertThat(made).hasValue(2);
    for (int i = 0; i < 300; i++) {
      cache.kept(new Key("b", i), () -> new int[0]);
    }
    int[] beyond = cache.kept(new Key("c", 0), () -> new int[] {made.incrementAndGet()});
    assertThat(cache.<int[]>kept(new Key("c", 0), () -> new int[] {made.incrementAndGet()})).isNotSameAs(beyond);
  }

  /** A card of published tool figures only: tool name, EIT part or null, score; repeated. */
  static io.github.itasdk.core.card.ScoreCard publishedOnly(Rubric r, Object... figures) {
    var in = io.github.itasdk.core.input.AssessmentInput.builder().rubric(r.id());
    for (int i = 0; i < figures.length; i += 3) {
      var part = (io.github.itasdk.core.rubric.Part) figures[i + 1];
      var score = new java.math.BigDecimal((String) figures[i + 2]);
      in.addPublished(part == null
          ? io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, (String) figures[i], score)
          : io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, (String) figures[i], part,
              score));
    }
    return io.github.itasdk.core.engine.ScoringEngine.of(r).score(in.build());
  }

  @Test
  void cardsOfOnePatternShareOneModel() {
    Rubric r = fresh(2566);
    var first = publishedOnly(r, "IIT", null, "80", "EIT", null, "90", "OIT", null, "70");
    var second = publishedOnly(r, "IIT", null, "60", "EIT", null, "95", "OIT", null, "75");
    assertThat(LinearModel.ofCard(r, second)).isSameAs(LinearModel.ofCard(r, first));
    // the EIT given by its parts: another pattern, another model
    var third = publishedOnly(r, "IIT", null, "60", "EIT", io.github.itasdk.core.rubric.Part.PUBLIC, "95", "EIT",
        io.github.itasdk.core.rubric.Part.SURVEY, "91", "OIT", null, "75");
    Node survey = Node.tool(io.github.itasdk.core.rubric.ToolPart.of(ToolKind.EIT, io.github.itasdk.core.rubric.Part.SURVEY));
    LinearModel other = LinearModel.ofCard(r, third);
    assertThat(other).isNotSameAs(LinearModel.ofCard(r, first));
    assertThat(other.pattern().given()).contains(survey);
    assertThat(LinearModel.ofCard(r, first).pattern().given()).doesNotContain(survey);
  }

  @Test
  void aScalesPointsOverTheirCommonDenominator() {
    Rubric r = Rubrics.forFiscalYear(2566);
    Question q = r.tool(ToolKind.IIT).indicators().get(0).questions().get(0);
    ModelCache.SurveyQuestion plan = ModelCache.of(r).question(q);
    assertThat(plan.scale().size()).isEqualTo(4);
    // points 0, 100/3, 200/3, 100 over 3; a negative sub-item reads the scale the other way
    ModelCache.Points up = ModelCache.of(r).points(plan.scale(), Polarity.POSITIVE);
    ModelCache.Points down = ModelCache.of(r).points(plan.scale(), Polarity.NEGATIVE);
    assertThat(up.denominator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(up.longNumerators()).containsExactly(0, 0, 100, 200, 300);
    assertThat(down.longNumerators()).containsExactly(0, 300, 200, 100, 0);
    assertThat(up.numerators()).containsExactly(null, BigInteger.ZERO, BigInteger.valueOf(100), BigInteger.valueOf(200),
        BigInteger.valueOf(300));
    assertThat(ModelCache.of(r).question(q)).isSameAs(plan);
  }
}
