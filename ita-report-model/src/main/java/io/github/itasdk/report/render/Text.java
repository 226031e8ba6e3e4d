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
  static final Label TITLE = Label.of("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
      "ITA analysis report");
  static final Label AGENCY = Label.of("หน่วยงาน", "Agency");
  static final Label YEAR = Label.of("ปีงบประมาณ", "Fiscal year");
  static final Label RUBRIC = Label.of("เกณฑ์การประเมิน", "Rubric");
  static final Label TOTAL = Label.of("คะแนนรวม", "Total");
  static final Label RATING = Label.of("ระดับผลการประเมิน", "Rating");
  static final Label THRESHOLD = Label.of("เกณฑ์", "Threshold");
  static final Label PUBLISHABLE = Label.of("การประกาศผล", "Publication");
  static final Label PROVISIONAL = Label.of("ข้อมูลเกณฑ์ที่ยังเป็นการประมาณ", "Provisional rubric data");
  static final Label WARNINGS = Label.of("ข้อสังเกต", "Warnings");
  static final Label TOOLS = Label.of("คะแนนรายแบบวัด", "Tool scores");
  static final Label TOOL = Label.of("แบบวัด", "Tool");
  static final Label WEIGHT = Label.of("น้ำหนัก (ร้อยละ)", "Weight %");
  static final Label SCORE = Label.of("คะแนน", "Score");
  static final Label INDICATORS = Label.of("คะแนนรายตัวชี้วัด", "Indicator scores");
  static final Label INDICATOR = Label.of("ตัวชี้วัด", "Indicator");
  static final Label NAME = Label.of("ชื่อ", "Name");
  static final Label RESULT = Label.of("ผลการประเมิน", "Result");
  static final Label QUESTIONS = Label.of("คะแนนรายข้อคำถาม", "Scores per question");
  static final Label QUESTION = Label.of("ข้อคำถาม", "Question");
  static final Label GROUP = Label.of("ตัวชี้วัดย่อย", "Sub-indicator");
  static final Label MEAN = Label.of("เฉลี่ย", "mean");
  static final Label NO_QUESTION_FIGURES = Label.of("ไม่มีคะแนนรายข้อในข้อมูล", "the card has no question figures");
  static final Label WEAKNESSES = Label.of("จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน", "Weaknesses to fix urgently");
  static final Label STRENGTHS = Label.of("จุดแข็งที่ต้องรักษาและพัฒนา", "Strengths to keep up and improve");
  static final Label NONE = Label.of("ไม่มี", "none");
  static final Label BELOW = Label.of("ข้อที่ต่ำกว่าเกณฑ์", "questions below the threshold");
  static final Label THEMES = Label.of("การวิเคราะห์ตามประเด็น", "Analysis themes");
  static final Label THEME = Label.of("ประเด็นที่", "Theme");
  static final Label PLAN = Label.of("แนวทางการยกระดับผลการประเมิน", "Improvement planner");
  static final Label START = Label.of("คะแนนรวมตั้งต้น", "Starting total");
  static final Label GAINS = Label.of("ข้อที่ยกระดับคะแนนรวมได้มากที่สุด", "Largest gains in the total");
  static final Label GAIN = Label.of("คะแนนรวมเพิ่มขึ้นหากได้ 100", "Gain in the total at 100");
  static final Label EXACT = Label.of("ค่าแม่นยำ", "exact");
  static final Label INDICATOR_GAINS = Label.of("ตัวชี้วัดที่ยกระดับคะแนนรวมได้มากที่สุด", "Indicator gains");
  static final Label OIT_PLANS = Label.of("เป้าหมายจากการแก้ไขข้อ OIT", "Levels by fixing OIT items");
  static final Label INDICATOR_PLANS = Label.of("เป้าหมายจากการแก้ไขตัวชี้วัด", "Levels by fixing indicators");
  static final Label LEVEL = Label.of("ระดับเป้าหมาย", "Level");
  static final Label STATUS = Label.of("สถานะ", "Status");
  static final Label FIX = Label.of("ข้อที่ต้องแก้ไข", "Fix");
  static final Label RESULTING = Label.of("ระดับที่ได้", "Resulting rating");
  static final Label NOT_PLANNED = Label.of("ข้อที่ไม่มีคะแนน (ไม่ได้วางแผน)", "Without a figure (not planned)");
  static final Label NOTES = Label.of("หมายเหตุ", "Notes");
  static final Label MEASURES = Label.of("มาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส", "Measures");
  static final Label SUBJECT = Label.of("ประเด็น / ตัวชี้วัด", "Theme / indicator");
  static final Label MEASURE = Label.of("มาตรการ", "Measure");
  static final Label RESPONSIBLE = Label.of("ผู้รับผิดชอบ", "Responsible");
  static final Label STEPS = Label.of("ขั้นตอนหรือวิธีการปฏิบัติ", "Steps");
  static final Label TIMEFRAME = Label.of("ระยะเวลาดำเนินการ", "Timeframe");
  static final Label NOT_SUPPLIED = Label.of("หน่วยงานยังไม่ได้ระบุ", "not supplied by the agency");
  static final Label LIMITATIONS = Label.of("ข้อจำกัดของหน่วยงานในการดำเนินการประเมิน", "Limitations");
  static final Label CHART = Label.of("แผนภูมิคะแนนรายตัวชี้วัด", "Indicator chart");
  static final Label UNCERTAINTY = Label.of("ความไม่แน่นอนของคะแนน", "Uncertainty of the scores");
  static final Label TOTAL_INTERVAL = Label.of("ช่วงความเชื่อมั่นของคะแนนรวม", "Interval of the total");
  static final Label NO_INTERVAL = Label.of("ไม่มีช่วงความเชื่อมั่น", "no interval");
  static final Label INTERVAL_LEVEL = Label.of("ระดับความเชื่อมั่น", "Interval level");
  static final Label RESAMPLES = Label.of("จำนวนรอบการสุ่มซ้ำ", "bootstrap resamples");
  static final Label SEED = Label.of("ค่าตั้งต้นการสุ่ม", "seed");
  static final Label FIGURE = Label.of("รายการ", "Figure");
  static final Label LOW = Label.of("ขอบล่าง", "low");
  static final Label HIGH = Label.of("ขอบบน", "high");
  static final Label SE = Label.of("ความคลาดเคลื่อนมาตรฐาน", "standard error");
  static final Label EVENT = Label.of("เหตุการณ์", "Event");
  static final Label PROBABILITY = Label.of("ความน่าจะเป็น", "Probability");
  static final Label SAMPLE_PLAN = Label.of("ขนาดตัวอย่าง", "Sample plan");
  static final Label NOW = Label.of("ผู้ตอบปัจจุบัน", "respondents now");
  static final Label MINIMUM = Label.of("ขนาดตัวอย่างขั้นต่ำ", "minimum sample");
  static final Label TOO_CLOSE = Label.of("ระดับผลการประเมินที่ยังชี้ขาดไม่ได้", "Ratings too close to call");
  static final Label NO_INTERVAL_PUBLISHED = Label.of("ไม่มีช่วงความเชื่อมั่น (ใช้คะแนนที่ประกาศเท่านั้น)",
      "no interval (published figures only)");

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
      case ALREADY_MET -> Label.of("ถึงแล้ว", "already met");
      case REACHABLE -> Label.of("ทำได้", "reachable");
      case OUT_OF_REACH -> Label.of("ทำไม่ได้", "out of reach");
      case UNDETERMINED -> Label.of("ยังระบุไม่ได้", "undetermined");
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
   * Escapes text for Markdown (inline and inside table cells; never at the start of a line): emphasis, code,
   * link, table and strike-through punctuation is backslash-escaped, HTML's {@code < > &} become entities
   * (so no raw HTML or entity gets through), line breaks become spaces.
   */
  static String md(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> b.append('\\')
            .append(c);
        case '\r', '\n' -> b.append(' ');
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.toString();
  }

  static void append(Appendable out, CharSequence s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
