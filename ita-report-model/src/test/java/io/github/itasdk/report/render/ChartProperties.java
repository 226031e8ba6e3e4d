package io.github.itasdk.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.report.render.Chart.Box;
import io.github.itasdk.report.render.Chart.Label;
import io.github.itasdk.report.render.Chart.Rect;
import io.github.itasdk.report.render.Chart.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The chart's labels never overlap each other, a bar, a whisker or the threshold line, and stay inside
 * the chart — for any scores, thresholds and intervals, including all-100 and all-low cards.
 */
class ChartProperties {

  /** One generated indicator: a score (or none) and maybe an interval around it. */
  record Bar(Optional<BigDecimal> score, Optional<BigDecimal[]> interval) {}

  @Provide
  Arbitrary<BigDecimal> scores() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(100)).ofScale(2),
        Arbitraries.of(new BigDecimal("100.00"), new BigDecimal("0.00"), new BigDecimal("85.00"),
            new BigDecimal("84.99"), new BigDecimal("83.18"), new BigDecimal("81.67"), new BigDecimal("86.20")));
  }

  @Provide
  Arbitrary<List<Bar>> cards() {
    Arbitrary<Bar> bar = Combinators.combine(scores().optional(0.95), Arbitraries.doubles().between(0, 12),
        Arbitraries.doubles().between(0, 12), Arbitraries.integers().between(0, 2)).as((s, lo, hi, kind) -> {
          if (s.isEmpty() || kind == 0) {
            return new Bar(s, Optional.empty());
          }
          BigDecimal low = clamp(s.get().subtract(BigDecimal.valueOf(lo)));
          BigDecimal high = clamp(s.get().add(BigDecimal.valueOf(hi)));
          return new Bar(s, Optional.of(new BigDecimal[] {low, high}));
        });
    return Arbitraries.oneOf(bar.list().ofMinSize(1).ofMaxSize(15),
        bar.list().ofSize(10),
        // all at 100 (with or without whiskers reaching the top), all low
        Arbitraries.of(true, false).map(w -> Collections.nCopies(10, new Bar(Optional.of(new BigDecimal("100.00")),
            w ? Optional.of(new BigDecimal[] {new BigDecimal("97.10"), new BigDecimal("100.00")}) : Optional.empty()))),
        scores().filter(s -> s.compareTo(new BigDecimal(20)) < 0).map(s -> new Bar(Optional.of(s), Optional.empty()))
            .list().ofSize(10));
  }

  private static BigDecimal clamp(BigDecimal d) {
    return d.max(BigDecimal.ZERO).min(new BigDecimal(100)).setScale(2, RoundingMode.HALF_UP);
  }

  static Chart chart(List<Bar> bars, BigDecimal threshold) {
    List<Chart.Item> items = new ArrayList<>();
    for (int k = 0; k < bars.size(); k++) {
      Bar b = bars.get(k);
      boolean meets = b.score().map(s -> s.compareTo(threshold) >= 0).orElse(false);
      int number = k + 1;
      // Interval's builder is package-private: read one from JSON, as a deserialised bootstrap would arrive
      Optional<Interval> iv = b.interval().map(a -> io.github.itasdk.core.json.ItaJson.read("{\"id\":\"" + number
          + "\",\"estimate\":" + b.score().orElseThrow().toPlainString() + ",\"low\":" + a[0].toPlainString()
          + ",\"high\":" + a[1].toPlainString() + ",\"median\":" + b.score().orElseThrow().toPlainString()
          + ",\"standardError\":1}", Interval.class));
      items.add(new Chart.Item(number, k < 3 ? "IIT" : k < 5 ? "EIT" : "OIT", b.score(), meets, iv, "bar " + number));
    }
    boolean whiskers = items.stream().anyMatch(i -> i.interval().isPresent());
    return new Chart(items, threshold, whiskers ? Optional.of("95") : Optional.empty(), Language.TH_EN);
  }

  @Property(tries = 400)
  void noLabelOverlapsAnotherLabelABarAWhiskerOrTheThresholdLine(@ForAll("cards") List<Bar> bars,
      @ForAll("scores") BigDecimal threshold) {
    assertNoOverlap(chart(bars, threshold));
  }

  @Property(tries = 100)
  void barsJustUnderTheLineKeepTheirValuesClear(@ForAll @IntRange(min = 0, max = 400) int offset,
      @ForAll("scores") BigDecimal threshold) {
    // bars a few points under the line, some with whiskers: the case that struck values through before
    List<Bar> bars = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      BigDecimal s = clamp(threshold.subtract(BigDecimal.valueOf((offset + 37L * k) % 500, 2)));
      bars.add(new Bar(Optional.of(s), k % 2 == 0 ? Optional.of(new BigDecimal[] {clamp(s.subtract(BigDecimal.ONE)),
          clamp(s.add(new BigDecimal("1.5")))}) : Optional.empty()));
    }
    assertNoOverlap(chart(bars, threshold));
  }

  @Example
  void theThaKubValueUnderTheLineMovesAboveIt() {
    List<Bar> bars = new ArrayList<>();
    for (String s : List.of("99.45", "100.00", "100.00", "100.00", "100.00", "89.84", "88.80", "83.18", "100.00",
        "100.00")) {
      bars.add(new Bar(Optional.of(new BigDecimal(s)), Optional.empty()));
    }
    Chart c = chart(bars, new BigDecimal("85.00"));
    Label v8 = c.labels().stream().filter(l -> l.role() == Role.VALUE && l.text().equals("83.18")).findFirst()
        .orElseThrow();
    assertThat(v8.box().y() + v8.box().height()).isLessThanOrEqualTo(c.thresholdBand().y());
    assertNoOverlap(c);
  }

  @Example
  void theCheckCatchesAnOverlap() {
    // the checker itself can fail: two labels at one spot
    Box a = new Label("83.18", 100, 100, 14, Chart.Anchor.MIDDLE, "#000", Role.VALUE).box();
    Box b = new Label("85.00", 110, 104, 14, Chart.Anchor.START, "#000", Role.LEGEND).box();
    assertThat(a.intersects(b)).isTrue();
    assertThat(a.intersects(new Box(a.x() + a.width(), a.y(), 5, 5))).as("touching is not overlapping").isFalse();
  }

  static void assertNoOverlap(Chart c) {
    Box whole = new Box(0, 0, c.width(), c.height());
    List<Label> labels = c.labels();
    for (int i = 0; i < labels.size(); i++) {
      Box a = labels.get(i).box();
      assertThat(whole.contains(a)).as("%s inside the chart %s", labels.get(i), whole).isTrue();
      for (int j = i + 1; j < labels.size(); j++) {
        assertThat(a.intersects(labels.get(j).box())).as("%s overlaps %s", labels.get(i), labels.get(j)).isFalse();
      }
      for (Rect r : c.rects()) {
        assertThat(a.intersects(r.box())).as("%s overlaps %s", labels.get(i), r).isFalse();
      }
      for (Chart.Whisker w : c.whiskers()) {
        assertThat(a.intersects(w.box())).as("%s overlaps a whisker %s", labels.get(i), w).isFalse();
      }
      assertThat(a.intersects(c.thresholdBand())).as("%s overlaps the threshold line %s", labels.get(i),
          c.thresholdBand()).isFalse();
    }
  }
}
