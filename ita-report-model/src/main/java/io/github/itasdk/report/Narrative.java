package io.github.itasdk.report;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the report's opening summary and its paragraph per indicator from the figures, in Thai and English,
 * with the templates of the wording bundles. It states nothing the figures do not support: a question is named
 * as pulling an indicator down only when its own figure is below the threshold.
 */
final class Narrative {
  private final ReportHeader header;
  private final Rubric rubric;
  private final List<ToolRow> tools;
  private final List<IndicatorRow> indicators;
  private final List<Finding> strengths;
  private final List<Finding> weaknesses;
  private final List<Measure> measures;
  private final Optional<PreviousResult> previous;

  Narrative(ReportHeader header, Rubric rubric, List<ToolRow> tools, List<IndicatorRow> indicators,
      List<Finding> strengths, List<Finding> weaknesses, List<Measure> measures, Optional<PreviousResult> previous) {
    this.header = header;
    this.rubric = rubric;
    this.tools = tools;
    this.indicators = indicators;
    this.strengths = strengths;
    this.weaknesses = weaknesses;
    this.measures = measures;
    this.previous = previous;
  }

  static String num(BigDecimal d) {
    return d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** Joins sentences (Labels) with a space in each language. */
  static Label sentences(List<Label> parts) {
    return Label.of(parts.stream().map(Label::preferThai).collect(Collectors.joining(" ")),
        parts.stream().map(l -> l.en() != null ? l.en() : l.th()).collect(Collectors.joining(". ")) + ".");
  }

  /** "a, b และ c" / "a, b and c". */
  static <T> Label list(List<T> items, Function<T, Label> f) {
    List<Label> ls = items.stream().map(f).toList();
    Label and = Words.label("n_and");
    return Label.of(join(ls.stream().map(Label::preferThai).toList(), " " + and.th() + " "),
        join(ls.stream().map(l -> l.en() != null ? l.en() : l.th()).toList(), " " + and.en() + " "));
  }

  private static String join(List<String> xs, String last) {
    if (xs.size() <= 1) {
      return String.join("", xs);
    }
    return String.join(", ", xs.subList(0, xs.size() - 1)) + last + xs.get(xs.size() - 1);
  }

  Label summary() {
    List<Label> parts = new ArrayList<>();
    Label who = header.agency().map(a -> Label.of(a + " ", a)).orElse(Words.label("n_agency"));
    String total = num(header.total());
    Label first = header.rating()
        .map(r -> Words.format("n_summary", who, total, r.label()))
        .orElse(Words.format("n_summary_undetermined", who, total,
            list(header.ratingCandidates(), Rating::label)));
    Label target = Words.format(header.meetsTarget() ? "n_target_met" : "n_target_missed", num(header.target()));
    parts.add(Label.of(first.th() + " " + target.th(), first.en() + ", " + target.en()));
    List<ToolRow> scored = tools.stream().filter(t -> t.score().isPresent()).toList();
    if (!scored.isEmpty()) {
      parts.add(Words.format("n_tools", list(scored, this::tool)));
    }
    long withScore = indicators.stream().filter(i -> i.score().isPresent()).count();
    long meeting = indicators.stream().filter(i -> i.meetsThreshold().orElse(false)).count();
    parts.add(Words.format("n_indicators", num(header.threshold()), meeting, withScore));
    if (!weaknesses.isEmpty()) {
      parts.add(Words.format("n_indicators_missed", list(weaknesses, f -> Label.of(
          Words.format("fig_indicator", f.indicator()).th() + " " + f.name().preferThai() + " (" + num(f.score()) + ")",
          Words.format("fig_indicator", f.indicator()).en() + " (" + num(f.score()) + ")"))));
    }
    previous.ifPresent(p -> {
      BigDecimal change = header.total().subtract(p.card().total());
      String key = change.signum() > 0 ? "n_change_up" : change.signum() < 0 ? "n_change_down" : "n_change_same";
      parts.add(Words.format(key, p.rubric().fiscalYear(), num(p.card().total()), num(change.abs())));
    });
    return sentences(parts);
  }

  private Label tool(ToolRow t) {
    Label score = Words.format("n_tool", t.tool().name(), num(t.score().orElseThrow()));
    if (t.parts().isEmpty()) {
      return score;
    }
    Label parts = list(t.parts(), p -> Label.of(p.part().label().preferThai() + " " + num(p.score()),
        (p.part().label().en() != null ? p.part().label().en() : p.part().name()) + " " + num(p.score())));
    return Label.of(score.th() + " (" + parts.th() + ")", score.en() + " (" + parts.en() + ")");
  }

  List<IndicatorAnalysis> indicators(List<IndicatorDetail> details) {
    MeasureCatalogue catalogue = MeasureCatalogue.forRubric(rubric.id());
    List<IndicatorAnalysis> out = new ArrayList<>();
    for (IndicatorDetail d : details) {
      IndicatorAnalysis.Builder b = IndicatorAnalysis.builder().indicator(d.number()).name(d.name()).score(d.score());
      if (d.score().isEmpty()) {
        out.add(b.text(Words.format("n_ind_none", d.number(), d.name())).build());
        continue;
      }
      BigDecimal s = d.score().get();
      boolean meets = s.compareTo(header.threshold()) >= 0;
      b.meetsThreshold(meets);
      List<Label> parts = new ArrayList<>();
      if (meets) {
        Finding f = strengths.stream().filter(x -> x.indicator() == d.number()).findFirst().orElseThrow();
        parts.add(Words.format("n_ind_meets", d.number(), d.name(), num(s), num(header.threshold())));
        if (!f.questions().isEmpty()) {
          parts.add(Words.format("n_ind_best", list(f.questions(), q -> Words.format("n_q_score", q.id(),
              num(q.lowest().orElseThrow())))));
        }
        if (!f.watch().isEmpty()) {
          parts.add(Words.format("n_ind_watch", list(f.watch(), this::below)));
        } else {
          parts.add(Words.label("n_ind_keep"));
        }
      } else {
        Finding f = weaknesses.stream().filter(x -> x.indicator() == d.number()).findFirst().orElseThrow();
        parts.add(Words.format("n_ind_misses", d.number(), d.name(), num(s), num(header.threshold()),
            num(header.threshold().subtract(s))));
        parts.add(f.questions().isEmpty() ? Words.label("n_ind_nopull")
            : Words.format("n_ind_pull", list(f.questions(), this::below)));
        List<Measure> own = measures.stream().filter(m -> targets(m.targets(), d.number(), f.questions())).toList();
        if (!own.isEmpty()) {
          parts.add(Words.format("n_ind_plan", list(own, m -> Label.of(kind(m).th() + " " + quote(m.title()),
              kind(m).en() + " " + quote(m.title())))));
        } else {
          StandardMeasure sm = catalogue.forWeakness(d.number(), f.questions().stream().map(QuestionRow::id).toList());
          parts.add(Words.format("n_ind_catalogue", Label.of(sm.title().th(), sm.title().en())));
        }
      }
      out.add(b.text(sentences(parts)).build());
    }
    return out;
  }

  private static String quote(String s) {
    return "“" + s + "”";
  }

  private static Label kind(Measure m) {
    return Words.label("kind_" + m.kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean targets(Targets t, int indicator, List<QuestionRow> weak) {
    return t.indicators().contains(indicator) || weak.stream().anyMatch(q -> t.questions().contains(q.id()));
  }

  private Label below(QuestionRow q) {
    BigDecimal low = q.lowest().orElseThrow();
    return Words.format("n_q_below", q.id(), num(low), num(header.threshold().subtract(low)));
  }
}
