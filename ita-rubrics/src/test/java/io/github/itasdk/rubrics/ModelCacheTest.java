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

  @Test
  void cardsOfOnePatternShareOneModel() {
    Rubric r = fresh(2566);
    var engine = io.github.itasdk.core.engine.ScoringEngine.of(r);
    var first = engine.score(io.github.itasdk.core.input.AssessmentInput.builder().rubric(r.id())
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "IIT",
            new java.math.BigDecimal("80")))
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "EIT",
            new java.math.BigDecimal("90")))
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "OIT",
            new java.math.BigDecimal("70"))).build());
    var second = engine.score(io.github.itasdk.core.input.AssessmentInput.builder().rubric(r.id())
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "IIT",
            new java.math.BigDecimal("60")))
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "EIT",
            new java.math.BigDecimal("95")))
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "OIT",
            new java.math.BigDecimal("75"))).build());
    assertThat(LinearModel.ofCard(r, second)).isSameAs(LinearModel.ofCard(r, first));
    // one more figure given: another pattern, another model
    var third = engine.score(io.github.itasdk.core.input.AssessmentInput.builder().rubric(r.id())
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "IIT",
            new java.math.BigDecimal("60")))
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "EIT",
            io.github.itasdk.core.rubric.Part.PUBLIC, new java.math.BigDecimal("95")))
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "EIT",
            io.github.itasdk.core.rubric.Part.SURVEY, new java.math.BigDecimal("91")))
        .addPublished(io.github.itasdk.core.input.PublishedFigure.of(io.github.itasdk.core.card.FigureLevel.TOOL, "OIT",
            new java.math.BigDecimal("75"))).build());
    LinearModel other = LinearModel.ofCard(r, third);
    assertThat(other).isNotSameAs(LinearModel.ofCard(r, first));
    assertThat(other.pattern().given()).contains(Node.tool(io.github.itasdk.core.rubric.ToolPart.of(ToolKind.EIT,
        io.github.itasdk.core.rubric.Part.SURVEY)));
    assertThat(LinearModel.ofCard(r, first).pattern().given()).doesNotContain(Node.tool(
        io.github.itasdk.core.rubric.ToolPart.of(ToolKind.EIT, io.github.itasdk.core.rubric.Part.SURVEY)));
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
