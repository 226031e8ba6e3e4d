package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.policy.Weighting;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.RubricValidator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated rubrics: shipped years with random tool weights summing to 100 and random rating bands that
 * tile 0.00–100.00 survive a JSON round trip; the same rubrics broken in one random way are rejected.
 */
class RubricProperties {

  /**
   * A shipped rubric with other weights (sum 100, in hundredths: each entry takes a share of what is left) and
   * a policy of bands tiling 0.00–100.00 at the given cuts (hundredths, 1–9999).
   */
  static Rubric variant(Rubric base, List<Integer> shares, Set<Integer> cutSet) {
    List<ToolWeight> weights = new ArrayList<>();
    int left = 10000;
    List<ToolWeight> old = base.weighting().weights();
    for (int i = 0; i < old.size(); i++) {
      int room = left - (old.size() - i - 1);
      int w = i == old.size() - 1 ? left : 1 + shares.get(i) % room;
      left -= w;
      weights.add(ToolWeight.builder().from(old.get(i)).weight(BigDecimal.valueOf(w, 2)).build());
    }
    List<RatingBand> list = new ArrayList<>();
    int lo = 0;
    List<Integer> bounds = new ArrayList<>(new TreeSet<>(cutSet));
    bounds.add(10001);
    for (int i = 0; i < bounds.size(); i++) {
      int hi = bounds.get(i) - 1;
      list.add(0, RatingBand.builder().code("L" + i).label(io.github.itasdk.core.Label.of("ระดับ " + i, "level " + i))
          .min(BigDecimal.valueOf(lo, 2)).max(BigDecimal.valueOf(hi, 2)).meetsTarget(lo >= 8500).build());
      lo = hi + 1;
    }
    RatingPolicy policy = RatingPolicy.builder().from(base.ratingPolicy()).id("generated").bands(list).build();
    Weighting weighting = Weighting.builder().from(base.weighting()).weights(weights).build();
    return Rubric.builder().from(base).weighting(weighting).ratingPolicy(policy).build();
  }

  @Provide
  Arbitrary<Rubric> validRubrics() {
    return Combinators.combine(Arbitraries.of(Rubrics.all()),
        Arbitraries.integers().between(0, 9999).list().ofSize(4),
        Arbitraries.integers().between(1, 9999).set().ofMaxSize(5)).as(RubricProperties::variant);
  }

  @Property(tries = 50)
  void generatedValidRubricsSurviveAJsonRoundTrip_andRateTheEndsOfTheScaleInTheirEndBands(
      @ForAll("validRubrics") Rubric r) {
    assertThat(RubricValidator.problems(r)).isEmpty();
    Rubric back = ItaJson.readRubric(new StringReader(ItaJson.write(r)), "generated");
    assertThat(back).isEqualTo(r);
    List<RatingBand> bands = back.ratingPolicy().bands();
    // the bands are listed from the top: 0.00 falls in the last, 100.00 in the first, 85.00 in the one holding it
    assertThat(back.ratingPolicy().rate(BigDecimal.ZERO, BigDecimal.ZERO).code()).isEqualTo(bands.get(bands.size() - 1).code());
    assertThat(back.ratingPolicy().rate(BigDecimal.valueOf(100), BigDecimal.ZERO).code()).isEqualTo(bands.get(0).code());
    RatingBand at85 = back.ratingPolicy().band(new BigDecimal("85.00"), BigDecimal.ZERO);
    assertThat(at85.min()).isLessThanOrEqualTo(new BigDecimal("85.00"));
    assertThat(at85.max()).isGreaterThanOrEqualTo(new BigDecimal("85.00"));
    Statistics.label("bands").collect(bands.size());
  }

  enum Breakage { WEIGHT, GAP, OVERLAP, DUPLICATE_ID, THEME, INDICATOR }

  @Property(tries = 60)
  void generatedBrokenRubricsAreRejectedForWhatIsBroken(@ForAll("validRubrics") Rubric r, @ForAll Breakage how,
      @ForAll @IntRange(max = 10000) int pick) {
    Rubric broken = switch (how) {
      case WEIGHT -> {
        List<ToolWeight> ws = new ArrayList<>(r.weighting().weights());
        ToolWeight w = ws.get(0);
        ws.set(0, ToolWeight.builder().from(w).weight(w.weight().add(BigDecimal.valueOf(1 + pick % 500, 2))).build());
        yield Rubric.builder().from(r).weighting(Weighting.builder().from(r.weighting()).weights(ws).build()).build();
      }
      case GAP, OVERLAP -> {
        List<RatingBand> bands = new ArrayList<>(r.ratingPolicy().bands());
        int i = pick % bands.size();
        RatingBand b = bands.get(i);
        BigDecimal shift = BigDecimal.valueOf(how == Breakage.GAP ? -1 : 1, 2);
        // GAP: lower the max (or raise the min of the lowest band); OVERLAP: raise the max (or lower the min)
        RatingBand changed = b.max().compareTo(BigDecimal.valueOf(100)) < 0 || how == Breakage.GAP && b.min().signum() == 0
            ? RatingBand.builder().from(b).max(b.max().add(shift)).build()
            : RatingBand.builder().from(b).min(b.min().subtract(shift)).build();
        bands.set(i, changed);
        yield Rubric.builder().from(r).ratingPolicy(RatingPolicy.builder().from(r.ratingPolicy()).bands(bands).build()).build();
      }
      case DUPLICATE_ID -> {
        String json = ItaJson.write(r).replaceFirst("\"id\" : \"i2\"", "\"id\" : \"i1\"");
        yield ItaJsonLenient.read(json);
      }
      case THEME -> Rubric.builder().from(r).addThemes(io.github.itasdk.core.rubric.AnalysisTheme.builder().number(99)
          .name(io.github.itasdk.core.Label.of("ไม่มี", "none")).addQuestions("x" + pick % 1000)
          .provenance(r.provenance()).build()).build();
      case INDICATOR -> {
        String json = ItaJson.write(r).replaceFirst("\"number\" : 3,", "\"number\" : " + (11 + pick % 90) + ",");
        yield ItaJsonLenient.read(json);
      }
    };
    Statistics.label("breakage").collect(how);
    // the problems name what was broken
    String expected = switch (how) {
      case WEIGHT -> "weights of rubric [" + r.id() + "] sum to [";
      case GAP -> "rating bands";
      case OVERLAP -> "rating bands overlap at ";
      case DUPLICATE_ID -> "duplicate question id [i1]";
      case THEME -> "theme names question [x";
      case INDICATOR -> "indicator ";
    };
    assertThat(RubricValidator.problems(broken)).isNotEmpty()
        .anySatisfy(p -> assertThat(p.message()).contains(expected));
    if (how == Breakage.GAP) {
      assertThat(RubricValidator.problems(broken)).anySatisfy(p -> assertThat(p.message())
          .containsAnyOf("leave a gap", "must cover 0.00 - 100.00"));
    }
    String json = ItaJson.write(broken);
    assertThatThrownBy(() -> ItaJson.readRubric(new StringReader(json), "broken")).isInstanceOf(InvalidRubricException.class);
  }

  /** Reads rubric JSON without validating it, to build broken rubrics for the property above. */
  static final class ItaJsonLenient {
    static Rubric read(String json) {
      try {
        return new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readValue(json, Rubric.class);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
  }
}
