package io.github.itasdk.report.render;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.PartScore;
import io.github.itasdk.report.UncertaintySection;
import io.github.itasdk.report.plan.LevelPlan;
import io.github.itasdk.report.internal.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Shared wording and escaping of the renderers. */
final class Text {
  static final Label TITLE = Words.label("title");
  static final Label AGENCY = Words.label("agency");
  static final Label YEAR = Words.label("year");
  static final Label RUBRIC = Words.label("rubric");
  static final Label TOTAL = Words.label("total");
  static final Label RATING = Words.label("rating");
  static final Label THRESHOLD = Words.label("threshold");
  static final Label PUBLISHABLE = Words.label("publishable");
  static final Label PROVISIONAL = Words.label("provisional");
  static final Label WARNINGS = Words.label("warnings");
  static final Label TOOLS = Words.label("tools");
  static final Label TOOL = Words.label("tool");
  static final Label WEIGHT = Words.label("weight");
  static final Label SCORE = Words.label("score");
  static final Label INDICATORS = Words.label("indicators");
  static final Label INDICATOR = Words.label("indicator");
  static final Label NAME = Words.label("name");
  static final Label RESULT = Words.label("result");
  static final Label QUESTIONS = Words.label("questions");
  static final Label QUESTION = Words.label("question");
  static final Label GROUP = Words.label("group");
  static final Label MEAN = Words.label("mean");
  static final Label NO_QUESTION_FIGURES = Words.label("no_question_figures");
  static final Label WEAKNESSES = Words.label("weaknesses");
  static final Label STRENGTHS = Words.label("strengths");
  static final Label NONE = Words.label("none");
  static final Label BELOW = Words.label("below");
  static final Label THEMES = Words.label("themes");
  static final Label THEME = Words.label("theme");
  static final Label PLAN = Words.label("plan");
  static final Label START = Words.label("start");
  static final Label GAINS = Words.label("gains");
  static final Label GAIN = Words.label("gain");
  static final Label EXACT = Words.label("exact");
  static final Label INDICATOR_GAINS = Words.label("indicator_gains");
  static final Label OIT_PLANS = Words.label("oit_plans");
  static final Label INDICATOR_PLANS = Words.label("indicator_plans");
  static final Label LEVEL = Words.label("level");
  static final Label STATUS = Words.label("status");
  static final Label FIX = Words.label("fix");
  static final Label RESULTING = Words.label("resulting");
  static final Label NOT_PLANNED = Words.label("not_planned");
  static final Label NOTES = Words.label("notes");
  static final Label MEASURES = Words.label("measures");
  static final Label SUBJECT = Words.label("subject");
  static final Label MEASURE = Words.label("measure");
  static final Label RESPONSIBLE = Words.label("responsible");
  static final Label STEPS = Words.label("steps");
  static final Label TIMEFRAME = Words.label("timeframe");
  static final Label NOT_SUPPLIED = Words.label("not_supplied");
  static final Label LIMITATIONS = Words.label("limitations");
  static final Label CHART = Words.label("chart");
  static final Label UNCERTAINTY = Words.label("uncertainty");
  static final Label TOTAL_INTERVAL = Words.label("total_interval");
  static final Label NO_INTERVAL = Words.label("no_interval");
  static final Label INTERVAL_LEVEL = Words.label("interval_level");
  static final Label RESAMPLES = Words.label("resamples");
  static final Label SEED = Words.label("seed");
  static final Label FIGURE = Words.label("figure");
  static final Label LOW = Words.label("low");
  static final Label HIGH = Words.label("high");
  static final Label SE = Words.label("se");
  static final Label EVENT = Words.label("event");
  static final Label PROBABILITY = Words.label("probability");
  static final Label SAMPLE_PLAN = Words.label("sample_plan");
  static final Label NOW = Words.label("now");
  static final Label MINIMUM = Words.label("minimum");
  static final Label TOO_CLOSE = Words.label("too_close");
  static final Label NO_INTERVAL_PUBLISHED = Words.label("no_interval_published");

  private Text() {}

  /** Thai, then English in brackets; the bilingual form used in headings and table heads. */
  static String both(Label l) {
    return l.toString();
  }

  static String num(BigDecimal d) {
    return d.toPlainString();
  }

  static String num(Optional<BigDecimal> d) {
    return d.map(BigDecimal::toPlainString).orElse("–");
  }

  static String rating(AnalysisReport r) {
    return r.header().rating().map(rt -> rt.label().toString())
        .orElse("ยังระบุไม่ได้ (undetermined): " + r.header().ratingCandidates().stream().map(Rating::label)
            .map(Label::toString).collect(Collectors.joining(" / ")));
  }

  static Label status(LevelPlan.Status s) {
    return switch (s) {
      case ALREADY_MET -> Words.label("lp_status_met");
      case REACHABLE -> Words.label("lp_status_reachable");
      case OUT_OF_REACH -> Words.label("lp_status_out");
      case UNDETERMINED -> Words.label("lp_status_undetermined");
    };
  }

  /** The EIT parts any row of the report shows, in part order. */
  static List<Part> parts(AnalysisReport r) {
    Set<Part> ps = new LinkedHashSet<>();
    r.tools().forEach(t -> t.parts().forEach(p -> ps.add(p.part())));
    r.indicators().forEach(t -> t.parts().forEach(p -> ps.add(p.part())));
    r.details().forEach(d -> d.questions().forEach(q -> q.parts().forEach(p -> ps.add(p.part()))));
    return ps.stream().sorted().toList();
  }

  static String part(List<PartScore> scores, Part p) {
    return scores.stream().filter(s -> s.part() == p).findFirst().map(s -> s.score().toPlainString()).orElse("–");
  }

  // ------------------------------------------------------------------ uncertainty

  /** An interval level as a percentage: 0.95 → {@code 95}, 0.975 → {@code 97.5}. */
  static String percent(BigDecimal level) {
    return level.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** A probability 0–1 as a percentage with 2 decimals: 0.004 → {@code 0.40 %}. */
  static String pct(BigDecimal p) {
    return p.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  static String pct(double p) {
    return pct(BigDecimal.valueOf(p));
  }

  /** The total's interval as the header shows it: {@code 95 %: 83.01 – 84.67 (SE 0.4304)}. */
  static Optional<String> totalInterval(UncertaintySection u) {
    return u.total().map(t -> percent(u.level()) + " %: " + num(t.low()) + " – " + num(t.high()) + " (SE "
        + num(t.standardError()) + ")");
  }

  /** The intervals in reading order: total, tools (rubric order, together before parts), indicators by number. */
  static List<Interval> intervals(UncertaintySection u) {
    Comparator<Interval> parts = Comparator.comparing(i -> i.part().map(p -> p.ordinal() + 1).orElse(0));
    List<Interval> out = new ArrayList<>();
    u.total().ifPresent(out::add);
    out.addAll(u.tools().stream().sorted(Comparator.comparing((Interval i) -> toolOrder(i.id())).thenComparing(parts))
        .toList());
    out.addAll(u.indicators().stream().sorted(Comparator.comparing((Interval i) -> indicatorOrder(i.id()))
        .thenComparing(parts)).toList());
    return out;
  }

  private static int toolOrder(String id) {
    for (ToolKind k : ToolKind.values()) {
      if (k.name().equals(id)) {
        return k.ordinal();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int indicatorOrder(String id) {
    try {
      return Integer.parseInt(id);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** What an interval is of, escaped with {@code esc}: the total, a tool or an indicator, and the EIT part. */
  static String figure(Interval i, UnaryOperator<String> esc) {
    String what = i.id().equals("total") ? both(TOTAL)
        : toolOrder(i.id()) != Integer.MAX_VALUE ? i.id() : both(INDICATOR) + " " + i.id();
    return esc.apply(what + i.part().map(p -> " — " + both(p.label())).orElse(""));
  }

  /** {@code "ระดับต่างจาก ผ่าน (rating other than Pass)"}-style labels: a prefix in each language before a label. */
  static Label prefixed(String th, String en, Label l) {
    return Label.of(th + l.preferThai(), en + (l.en() != null ? l.en() : l.th()));
  }

  /** The notes other than the reason (which is shown on its own). */
  static List<String> otherNotes(UncertaintySection u) {
    return u.notes().stream().filter(n -> !n.equals(u.reason().orElse(null))).toList();
  }

  // ------------------------------------------------------------------ escaping

  /** Escapes text for HTML element content and attribute values. */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return b.toString();
  }

  /**
   * Escapes text for Markdown (inline and inside table cells; never at the start of a line) only where Markdown
   * would read markup, so the raw text stays readable: emphasis, code, table and strike-through punctuation is
   * backslash-escaped; {@code &} that would start a character reference, {@code <} that would start a tag and
   * the {@code ]} of a link become {@code &amp;}, {@code &lt;} and {@code \]} (so no raw HTML, entity or link
   * gets through); line breaks become spaces.
   */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      switch (c) {
        // only where Markdown would read markup: an entity (&name; &#1;), a tag or autolink (<a, </, <!, <?),
        // a link's "](" — so "Q&A", "a < b" and "[note]" stay as they are written
        case '&' -> b.append(entityAt(s, i) ? "&amp;" : "&");
        case '<' -> b.append(Character.isLetter(next) || next == '/' || next == '!' || next == '?' ? "&lt;" : "<");
        case ']' -> b.append(next == '(' || next == '[' ? "\\]" : "]");
        case '\\', '`', '*', '_', '|', '~' -> b.append('\\').append(c);
        case '\r', '\n' -> b.append(' ');
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.toString();
  }

  /** Whether an {@code &} at {@code i} starts what Markdown reads as a character reference. */
  private static boolean entityAt(String s, int i) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '#') {
      j++;
    }
    int start = j;
    while (j < s.length() && Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) < 0x80) {
      j++;
    }
    return j > start && j < s.length() && s.charAt(j) == ';';
  }

  static void append(Appendable out, CharSequence s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
