package io.github.itasdk.report.render;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.engine.Interval;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.PartScore;
import io.github.itasdk.report.UncertaintySection;
import io.github.itasdk.report.plan.LevelPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The wording the reference renderings share — headings, table heads and the ways figures are written —
 * for renderers outside this package (the Word document of {@code ita-report-office}), so that every
 * format says the same thing in the same words. The labels are those of {@link Markdown} and {@link Html}.
 */
public final class Words {
  /** The label title. */
  public static final Label TITLE = Text.TITLE;
  /** The label agency. */
  public static final Label AGENCY = Text.AGENCY;
  /** The label year. */
  public static final Label YEAR = Text.YEAR;
  /** The label rubric. */
  public static final Label RUBRIC = Text.RUBRIC;
  /** The label total. */
  public static final Label TOTAL = Text.TOTAL;
  /** The label rating. */
  public static final Label RATING = Text.RATING;
  /** The label threshold. */
  public static final Label THRESHOLD = Text.THRESHOLD;
  /** The label publishable. */
  public static final Label PUBLISHABLE = Text.PUBLISHABLE;
  /** The label provisional. */
  public static final Label PROVISIONAL = Text.PROVISIONAL;
  /** The label warnings. */
  public static final Label WARNINGS = Text.WARNINGS;
  /** The label tools. */
  public static final Label TOOLS = Text.TOOLS;
  /** The label tool. */
  public static final Label TOOL = Text.TOOL;
  /** The label weight. */
  public static final Label WEIGHT = Text.WEIGHT;
  /** The label score. */
  public static final Label SCORE = Text.SCORE;
  /** The label indicators. */
  public static final Label INDICATORS = Text.INDICATORS;
  /** The label indicator. */
  public static final Label INDICATOR = Text.INDICATOR;
  /** The label name. */
  public static final Label NAME = Text.NAME;
  /** The label result. */
  public static final Label RESULT = Text.RESULT;
  /** The label questions. */
  public static final Label QUESTIONS = Text.QUESTIONS;
  /** The label question. */
  public static final Label QUESTION = Text.QUESTION;
  /** The label group. */
  public static final Label GROUP = Text.GROUP;
  /** The label mean. */
  public static final Label MEAN = Text.MEAN;
  /** The label no question figures. */
  public static final Label NO_QUESTION_FIGURES = Text.NO_QUESTION_FIGURES;
  /** The label weaknesses. */
  public static final Label WEAKNESSES = Text.WEAKNESSES;
  /** The label strengths. */
  public static final Label STRENGTHS = Text.STRENGTHS;
  /** The label none. */
  public static final Label NONE = Text.NONE;
  /** The label below. */
  public static final Label BELOW = Text.BELOW;
  /** The label themes. */
  public static final Label THEMES = Text.THEMES;
  /** The label theme. */
  public static final Label THEME = Text.THEME;
  /** The label plan. */
  public static final Label PLAN = Text.PLAN;
  /** The label start. */
  public static final Label START = Text.START;
  /** The label gains. */
  public static final Label GAINS = Text.GAINS;
  /** The label gain. */
  public static final Label GAIN = Text.GAIN;
  /** The label exact. */
  public static final Label EXACT = Text.EXACT;
  /** The label indicator gains. */
  public static final Label INDICATOR_GAINS = Text.INDICATOR_GAINS;
  /** The label oit plans. */
  public static final Label OIT_PLANS = Text.OIT_PLANS;
  /** The label indicator plans. */
  public static final Label INDICATOR_PLANS = Text.INDICATOR_PLANS;
  /** The label level. */
  public static final Label LEVEL = Text.LEVEL;
  /** The label status. */
  public static final Label STATUS = Text.STATUS;
  /** The label fix. */
  public static final Label FIX = Text.FIX;
  /** The label resulting. */
  public static final Label RESULTING = Text.RESULTING;
  /** The label not planned. */
  public static final Label NOT_PLANNED = Text.NOT_PLANNED;
  /** The label notes. */
  public static final Label NOTES = Text.NOTES;
  /** The label measures. */
  public static final Label MEASURES = Text.MEASURES;
  /** The label subject. */
  public static final Label SUBJECT = Text.SUBJECT;
  /** The label measure. */
  public static final Label MEASURE = Text.MEASURE;
  /** The label responsible. */
  public static final Label RESPONSIBLE = Text.RESPONSIBLE;
  /** The label steps. */
  public static final Label STEPS = Text.STEPS;
  /** The label timeframe. */
  public static final Label TIMEFRAME = Text.TIMEFRAME;
  /** The label not supplied. */
  public static final Label NOT_SUPPLIED = Text.NOT_SUPPLIED;
  /** The label limitations. */
  public static final Label LIMITATIONS = Text.LIMITATIONS;
  /** The label chart. */
  public static final Label CHART = Text.CHART;
  /** The label uncertainty. */
  public static final Label UNCERTAINTY = Text.UNCERTAINTY;
  /** The label total interval. */
  public static final Label TOTAL_INTERVAL = Text.TOTAL_INTERVAL;
  /** The label no interval. */
  public static final Label NO_INTERVAL = Text.NO_INTERVAL;
  /** The label interval level. */
  public static final Label INTERVAL_LEVEL = Text.INTERVAL_LEVEL;
  /** The label resamples. */
  public static final Label RESAMPLES = Text.RESAMPLES;
  /** The label seed. */
  public static final Label SEED = Text.SEED;
  /** The label figure. */
  public static final Label FIGURE = Text.FIGURE;
  /** The label low. */
  public static final Label LOW = Text.LOW;
  /** The label high. */
  public static final Label HIGH = Text.HIGH;
  /** The label se. */
  public static final Label SE = Text.SE;
  /** The label event. */
  public static final Label EVENT = Text.EVENT;
  /** The label probability. */
  public static final Label PROBABILITY = Text.PROBABILITY;
  /** The label sample plan. */
  public static final Label SAMPLE_PLAN = Text.SAMPLE_PLAN;
  /** The label now. */
  public static final Label NOW = Text.NOW;
  /** The label minimum. */
  public static final Label MINIMUM = Text.MINIMUM;
  /** The label too close. */
  public static final Label TOO_CLOSE = Text.TOO_CLOSE;
  /** The label no interval published. */
  public static final Label NO_INTERVAL_PUBLISHED = Text.NO_INTERVAL_PUBLISHED;

  private Words() {}

  /**
   * @param label a label
   * @return the label as the renderings print it (Thai, then English in brackets)
   */
  public static String both(Label label) {
    return Text.both(label);
  }

  /**
   * @param d a figure
   * @return it as printed, or a dash when absent
   */
  public static String num(Optional<BigDecimal> d) {
    return Text.num(d);
  }

  /**
   * @param r a report
   * @return its rating as printed, or the candidates when the figures leave it open
   */
  public static String rating(AnalysisReport r) {
    return Text.rating(r);
  }

  /**
   * @param s a level plan's status
   * @return its label
   */
  public static Label status(LevelPlan.Status s) {
    return Text.status(s);
  }

  /**
   * @param r a report
   * @return the EIT parts any of its rows shows, in part order
   */
  public static List<Part> parts(AnalysisReport r) {
    return Text.parts(r);
  }

  /**
   * @param scores a row's part scores
   * @param p a part
   * @return the part's score as printed, or a dash
   */
  public static String part(List<PartScore> scores, Part p) {
    return Text.part(scores, p);
  }

  /**
   * @param level an interval level, e.g. 0.95
   * @return it as a percentage, e.g. {@code 95}
   */
  public static String percent(BigDecimal level) {
    return Text.percent(level);
  }

  /**
   * @param p a probability 0–1
   * @return it as a percentage with 2 decimals and the sign, e.g. {@code 0.40 %}
   */
  public static String pct(BigDecimal p) {
    return Text.pct(p);
  }

  /**
   * @param u an uncertainty section
   * @return the total's interval as the header shows it
   */
  public static Optional<String> totalInterval(UncertaintySection u) {
    return Text.totalInterval(u);
  }

  /**
   * @param u an uncertainty section
   * @return its intervals in reading order
   */
  public static List<Interval> intervals(UncertaintySection u) {
    return Text.intervals(u);
  }

  /**
   * @param i an interval
   * @return what it is of (plain text)
   */
  public static String figure(Interval i) {
    return Text.figure(i, s -> s);
  }

  /**
   * @param th Thai prefix
   * @param en English prefix
   * @param l the label
   * @return the label with the prefixes
   */
  public static Label prefixed(String th, String en, Label l) {
    return Text.prefixed(th, en, l);
  }

  /**
   * @param u an uncertainty section
   * @return its notes other than the reason
   */
  public static List<String> otherNotes(UncertaintySection u) {
    return Text.otherNotes(u);
  }
}
