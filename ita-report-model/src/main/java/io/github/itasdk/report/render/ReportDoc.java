package io.github.itasdk.report.render;

import static io.github.itasdk.report.render.Text.num;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.core.uncertainty.RatingChance;
import io.github.itasdk.core.uncertainty.SamplePlan;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.ExtraSection;
import io.github.itasdk.report.FigureMove;
import io.github.itasdk.report.Finding;
import io.github.itasdk.report.FollowUp;
import io.github.itasdk.report.FollowUpRow;
import io.github.itasdk.report.IndicatorAnalysis;
import io.github.itasdk.report.IndicatorDetail;
import io.github.itasdk.report.IndicatorRow;
import io.github.itasdk.report.Measure;
import io.github.itasdk.report.Publication;
import io.github.itasdk.report.QuestionRow;
import io.github.itasdk.report.ReportHeader;
import io.github.itasdk.report.ReportSection;
import io.github.itasdk.report.ThemeSection;
import io.github.itasdk.report.ToolRow;
import io.github.itasdk.report.UncertaintySection;
import io.github.itasdk.report.internal.Words;
import io.github.itasdk.report.plan.Gain;
import io.github.itasdk.report.plan.ImprovementPlan;
import io.github.itasdk.report.plan.LevelPlan;
import io.github.itasdk.report.render.Doc.Block;
import io.github.itasdk.report.render.Doc.Bullets;
import io.github.itasdk.report.render.Doc.Cell;
import io.github.itasdk.report.render.Doc.Heading;
import io.github.itasdk.report.render.Doc.Item;
import io.github.itasdk.report.render.Doc.Para;
import io.github.itasdk.report.render.Doc.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Lays an analysis report out as {@link Doc} blocks in one language, walking {@link AnalysisReport#sections()}. */
final class ReportDoc {
  private final AnalysisReport r;
  private final Language lang;
  private final List<Block> out = new ArrayList<>();
  private final List<Part> parts;

  private ReportDoc(AnalysisReport r, Language lang) {
    this.r = r;
    this.lang = lang;
    this.parts = Text.parts(r);
  }

  static List<Block> of(AnalysisReport r, Language lang) {
    ReportDoc d = new ReportDoc(r, lang);
    d.walk();
    return d.out;
  }

  private String l(Label label) {
    return lang.pick(label);
  }

  private String w(String key) {
    return lang.pick(Words.label(key));
  }

  private String w(String key, Object... args) {
    return lang.pick(Words.format(key, args));
  }

  private void h(int level, String text) {
    out.add(new Heading(level, text));
  }

  private void p(String text) {
    out.add(Para.of(text));
  }

  private void muted(String text) {
    out.add(new Para(text, Doc.Style.MUTED));
  }

  private void note(String text) {
    out.add(new Para(text, Doc.Style.NOTE));
  }

  private void walk() {
    for (ReportSection s : r.sections()) {
      switch (s) {
        case SUMMARY -> summary();
        case TOOLS -> tools();
        case INDICATORS -> indicators();
        case UNCERTAINTY -> r.uncertainty().ifPresent(this::uncertainty);
        case STRENGTHS -> findings(w("strengths"), r.strengths(), true);
        case WEAKNESSES -> findings(w("weaknesses"), r.weaknesses(), false);
        case ANALYSIS -> analyses();
        case QUESTIONS -> details();
        case THEMES -> themes();
        case MEASURES -> measures();
        case FOLLOW_UP -> r.followUp().ifPresent(this::followUp);
        case LIMITATIONS -> texts(w("limitations"), r.limitations(), true);
        case SUGGESTIONS -> texts(w("suggestions"), r.suggestions(), false);
        case EXTRA -> r.extraSections().forEach(this::extra);
        case SIGN_OFF -> signOff();
        case PLANNER -> planner(r.plan());
        case NOTES -> notes();
        default -> throw new IllegalStateException("unhandled section " + s);
      }
    }
  }

  // ------------------------------------------------------------------ summary

  private void summary() {
    ReportHeader h = r.header();
    h(1, w("title"));
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.text(w("agency")), Cell.text(h.agency().orElse("–"))));
    rows.add(List.of(Cell.text(w("year")), Cell.text(switch (lang) {
      case TH -> "พ.ศ. " + h.fiscalYear();
      case EN -> "FY" + h.fiscalYear() + " B.E. (" + h.fiscalYearCE() + ")";
      case TH_EN -> "พ.ศ. " + h.fiscalYear() + " (FY" + h.fiscalYearCE() + ")";
    })));
    rows.add(List.of(Cell.text(w("rubric")), Cell.text(l(h.title()) + " (" + h.rubric() + ")")));
    rows.add(List.of(Cell.text(w("total")), Cell.strong(num(h.total()))));
    r.uncertainty().ifPresent(u -> rows.add(List.of(Cell.text(w("total_interval")),
        Cell.text(Text.totalInterval(u).orElse(w("no_interval"))))));
    rows.add(List.of(Cell.text(w("rating")), Cell.strong(rating(h))));
    rows.add(List.of(Cell.text(w("target")), Cell.text(num(h.target()) + " — "
        + w(h.meetsTarget() ? "meets" : "misses"))));
    rows.add(List.of(Cell.text(w("threshold")), Cell.text(num(h.threshold()))));
    rows.add(List.of(Cell.text(w("publishable")), Cell.lines(publication(h.publication()))));
    out.add(new Table(List.of("", ""), rows));
    h(2, w("summary"));
    p(l(r.summary()));
  }

  private String rating(ReportHeader h) {
    return h.rating().map(rt -> l(rt.label())).orElse(w("n_summary_undetermined", "", num(h.total()),
        h.ratingCandidates().stream().map(rt -> l(rt.label())).collect(Collectors.joining(" / "))).strip());
  }

  private List<String> publication(Publication pub) {
    List<String> lines = new ArrayList<>();
    switch (pub.status()) {
      case PUBLISHABLE -> lines.add(w("pub_publishable"));
      case NOT_PUBLISHABLE -> {
        lines.add(w("pub_not_publishable"));
        pub.missed().forEach(m -> lines.add("• " + l(m)));
        if (!pub.unchecked().isEmpty()) {
          lines.add(w("pub_not_all_checked") + ":");
          pub.unchecked().forEach(m -> lines.add("• " + l(m)));
        }
      }
      case NOT_ALL_CHECKED -> {
        lines.add(w("pub_not_all_checked") + ":");
        pub.unchecked().forEach(m -> lines.add("• " + l(m)));
      }
      default -> throw new IllegalStateException();
    }
    return lines;
  }

  // ------------------------------------------------------------------ tables

  private List<String> partHeads() {
    return parts.stream().map(p -> l(p.label())).toList();
  }

  private void tools() {
    h(2, w("tools"));
    List<String> head = new ArrayList<>(List.of(w("tool"), w("weight"), w("score")));
    head.addAll(partHeads());
    List<List<Cell>> rows = new ArrayList<>();
    for (ToolRow t : r.tools()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(l(t.label())), Cell.num(num(t.weight())),
          Cell.num(num(t.score()))));
      parts.forEach(p -> cells.add(Cell.num(Text.part(t.parts(), p))));
      rows.add(cells);
    }
    out.add(new Table(head, rows));
  }

  private void indicators() {
    h(2, w("indicators"));
    List<String> head = new ArrayList<>(List.of(w("indicator"), w("name"), w("tool"), w("score")));
    head.addAll(partHeads());
    head.add(w("result") + " (≥ " + num(r.header().threshold()) + ")");
    List<List<Cell>> rows = new ArrayList<>();
    for (IndicatorRow i : r.indicators()) {
      List<Cell> cells = new ArrayList<>(List.of(Cell.num(Integer.toString(i.number())), Cell.text(l(i.name())),
          Cell.text(i.tool().name()), Cell.num(num(i.score()))));
      parts.forEach(p -> cells.add(Cell.num(Text.part(i.parts(), p))));
      cells.add(i.verdict().map(v -> i.meetsThreshold().orElse(false) ? Cell.text(l(v)) : Cell.strong(l(v)))
          .orElse(Cell.text("–")));
      rows.add(cells);
    }
    out.add(new Table(head, rows));
    out.add(new Doc.ChartSlot(w("chart")));
  }

  private void uncertainty(UncertaintySection u) {
    h(2, w("uncertainty"));
    if (!u.available()) {
      note(w("no_interval") + (lang == Language.TH ? "" : ": " + u.reason().orElse("")));
      return;
    }
    p(w("interval_level") + " " + Text.percent(u.level()) + " % · " + w("resamples") + " " + u.resamples() + " · "
        + w("seed") + " " + u.seed());
    List<List<Cell>> rows = new ArrayList<>();
    for (Interval i : Text.intervals(u)) {
      rows.add(List.of(Cell.text(figure(i)), Cell.num(num(i.estimate())), Cell.num(num(i.low())),
          Cell.num(num(i.high())), Cell.num(num(i.standardError()))));
    }
    out.add(new Table(List.of(w("figure"), w("score"), w("low"), w("high"), w("se")), rows));
    List<List<Cell>> ps = new ArrayList<>();
    u.probabilityMeetsTarget().ifPresent(x -> ps.add(List.of(Cell.text(w("p_total_at_least", num(u.target()))),
        Cell.num(Text.pct(x)))));
    u.probabilityRatingDiffers().ifPresent(x -> ps.add(List.of(Cell.text(w("p_rating_other",
        u.rating().map(rt -> rt.label()).orElse(Label.of("?", "?")))), Cell.num(Text.pct(x)))));
    for (RatingChance c : u.ratings()) {
      ps.add(List.of(Cell.text(w("p_rated", c.label())), Cell.num(Text.pct(c.probability()))));
    }
    out.add(new Table(List.of(w("event"), w("probability")), ps));
    if (!u.planning().isEmpty()) {
      String hw = num(u.targetHalfWidth().setScale(2, java.math.RoundingMode.HALF_UP));
      h(3, w("sample_plan") + " (±" + hw + ")");
      List<List<Cell>> plan = new ArrayList<>();
      for (SamplePlan sp : u.planning()) {
        plan.add(List.of(Cell.text(sp.tool().name() + sp.part().map(x -> " — " + l(x.label())).orElse("")),
            Cell.num(Integer.toString(sp.current())), Cell.num(Integer.toString(sp.needed())),
            Cell.num(sp.minimum().map(m -> Integer.toString(m)).orElse("–"))));
      }
      out.add(new Table(List.of(w("tool"), w("now"), w("p_needed", hw),
          w("minimum")), plan));
    }
    if (lang != Language.TH && !u.notes().isEmpty()) {
      p(w("notes") + ": " + String.join("; ", u.notes()));
    }
  }

  private String figure(Interval i) {
    String what = i.id().equals("total") ? w("total")
        : i.id().chars().allMatch(Character::isDigit) ? w("fig_indicator", i.id()) : i.id();
    return what + i.part().map(p -> " — " + l(p.label())).orElse("");
  }

  // ------------------------------------------------------------------ findings and analysis

  private String figures(QuestionRow q) {
    List<String> fs = new ArrayList<>();
    q.score().ifPresent(s -> fs.add(num(s)));
    q.parts().forEach(p -> fs.add(l(p.part().label()) + " " + num(p.score())));
    return String.join(", ", fs);
  }

  private String text(QuestionRow q) {
    if (lang == Language.TH && q.text().th() == null) {
      return w("no_wording");
    }
    return lang == Language.EN && q.text().en() != null ? q.text().en() : q.text().preferThai();
  }

  private String question(QuestionRow q) {
    String text = text(q);
    return q.id() + " " + text;
  }

  private void findings(String title, List<Finding> findings, boolean strengths) {
    h(2, title);
    if (findings.isEmpty()) {
      muted(w("none"));
      return;
    }
    List<Item> items = new ArrayList<>();
    for (Finding f : findings) {
      List<String> sub = new ArrayList<>();
      if (strengths) {
        f.questions().forEach(q -> sub.add(w("best") + ": " + question(q) + " — " + figures(q)));
        f.watch().forEach(q -> sub.add(w("watch") + ": " + question(q) + " — " + figures(q)));
      } else if (f.questions().isEmpty()) {
        sub.add(w("no_question_below"));
      } else {
        f.questions().forEach(q -> sub.add(question(q) + " — " + figures(q)));
      }
      items.add(new Item(w("fig_indicator", f.indicator()) + " " + l(f.name()) + ": " + num(f.score()), true, sub));
    }
    out.add(new Bullets(items));
  }

  private void analyses() {
    h(2, w("analysis"));
    for (IndicatorAnalysis a : r.analyses()) {
      p(l(a.text()));
    }
  }

  private void details() {
    h(2, w("questions"));
    boolean any = r.details().stream().anyMatch(d -> d.questions().stream().anyMatch(q -> !q.figures().isEmpty()));
    if (!any) {
      muted(w("no_question_figures"));
      return;
    }
    for (IndicatorDetail d : r.details()) {
      if (d.questions().stream().allMatch(q -> q.figures().isEmpty())) {
        continue;
      }
      h(3, w("fig_indicator", d.number()) + " " + l(d.name()) + " — " + num(d.score()));
      boolean split = d.questions().stream().anyMatch(q -> !q.parts().isEmpty());
      boolean oit = !d.groups().isEmpty();
      List<String> head = new ArrayList<>(List.of("#", w("question")));
      if (oit) {
        head.add(w("group"));
      }
      if (split) {
        head.addAll(partHeads());
        head.add(w("mean"));
      } else {
        head.add(w("score"));
      }
      List<List<Cell>> rows = new ArrayList<>();
      for (QuestionRow q : d.questions()) {
        String text = text(q);
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(q.id()), Cell.text(text)));
        if (oit) {
          cells.add(Cell.text(q.group().orElse("")));
        }
        if (split) {
          parts.forEach(p -> cells.add(Cell.num(Text.part(q.parts(), p))));
        }
        cells.add(q.excluded().map(e -> Cell.text(w("excluded") + ": " + e)).orElse(Cell.num(num(q.score()))));
        rows.add(cells);
      }
      out.add(new Table(head, rows));
    }
  }

  private void themes() {
    h(2, w("themes"));
    if (r.themes().isEmpty()) {
      muted(w("no_themes"));
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (ThemeSection t : r.themes()) {
      List<String> below = t.belowThreshold().stream().map(id -> t.questions().stream().filter(q -> q.id().equals(id))
          .findFirst().map(q -> q.id() + " " + num(q.lowest())).orElse(id)).toList();
      rows.add(List.of(Cell.num(Integer.toString(t.number())), Cell.text(l(t.name())),
          below.isEmpty() ? Cell.text(w("none")) : Cell.lines(below)));
    }
    out.add(new Table(List.of(w("theme"), w("name"), w("below")), rows));
  }

  // ------------------------------------------------------------------ the agency's part

  private String targets(io.github.itasdk.report.Targets t) {
    List<String> xs = new ArrayList<>();
    for (int n : t.themes()) {
      String name = r.themes().stream().filter(th -> th.number() == n).findFirst().map(th -> " " + l(th.name()))
          .orElse("");
      xs.add(w("theme") + " " + n + name);
    }
    t.indicators().forEach(n -> xs.add(w("fig_indicator", n)));
    if (!t.questions().isEmpty()) {
      xs.add(String.join(", ", t.questions()));
    }
    return String.join("; ", xs);
  }

  private void measures() {
    h(2, w("measures"));
    if (r.measures().isEmpty()) {
      muted(w("not_supplied"));
      return;
    }
    if (r.measures().stream().anyMatch(Measure::draft)) {
      note(w("drafts_note"));
    }
    List<List<Cell>> rows = new ArrayList<>();
    int k = 0;
    for (Measure m : r.measures()) {
      List<String> what = new ArrayList<>();
      what.add((m.draft() ? "[" + w("draft") + "] " : "") + w("kind_" + m.kind().name().toLowerCase(java.util.Locale.ROOT))
          + ": " + m.title());
      m.analysis().ifPresent(what::add);
      m.successIndicator().ifPresent(s -> what.add(w("success") + ": " + s));
      m.budget().ifPresent(b -> what.add(w("budget") + ": " + b));
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < m.steps().size(); i++) {
        steps.add((i + 1) + ". " + m.steps().get(i));
      }
      rows.add(List.of(Cell.num(Integer.toString(++k)), Cell.text(targets(m.targets())), Cell.lines(what),
          Cell.lines(steps), Cell.text(m.period()), Cell.lines(m.responsible())));
    }
    out.add(new Table(List.of("#", w("targets"), w("measure"), w("steps"), w("timeframe"), w("responsible")), rows));
  }

  private void followUp(FollowUp f) {
    h(2, w("follow_up"));
    f.total().ifPresent(t -> p(w("follow_up_total", f.previousFiscalYear().orElse(0), num(t.first()),
        num(t.second()), t.delta().map(d -> (d.signum() > 0 ? "+" : "") + num(d)).orElse("–"))));
    if (f.rows().isEmpty()) {
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (FollowUpRow row : f.rows()) {
      List<String> what = new ArrayList<>(List.of(row.measure().title()));
      row.measure().note().ifPresent(what::add);
      List<String> moves = new ArrayList<>();
      for (FigureMove m : row.moves()) {
        String name = m.id().startsWith("indicator ") ? w("fig_indicator", m.id().substring(10)) + " " + l(m.name())
            : l(m.name());
        moves.add(m.reason().map(x -> name + ": " + w("no_comparable") + " (" + l(x) + ")")
            .orElse(name + ": " + w("move", num(m.before()), num(m.after()), m.change()
                .map(d -> (d.signum() > 0 ? "+" : "") + num(d)).orElse("–"))));
      }
      rows.add(List.of(Cell.lines(what), Cell.text(w("status_" + row.measure().status().name()
          .toLowerCase(java.util.Locale.ROOT))), Cell.text(row.measure().evidence().orElse("–")), Cell.lines(moves)));
    }
    out.add(new Table(List.of(w("measure"), w("past_status"), w("evidence"), w("moves")), rows));
  }

  private void texts(String title, List<String> xs, boolean required) {
    h(2, title);
    if (xs.isEmpty()) {
      if (required) {
        muted(w("not_supplied"));
      }
      return;
    }
    out.add(new Bullets(xs.stream().map(x -> new Item(x, false, List.of())).toList()));
  }

  private void extra(ExtraSection s) {
    h(2, l(s.title()));
    out.add(new Bullets(s.items().stream().map(x -> new Item(l(x), false, List.of())).toList()));
  }

  private void signOff() {
    h(2, w("sign_off"));
    List<List<Cell>> rows = new ArrayList<>();
    String blank = w("blank_line");
    rows.add(List.of(Cell.text(w("signature")), Cell.text(r.signOff().map(s -> s.name()).orElse(blank))));
    rows.add(List.of(Cell.text(w("position")), Cell.text(r.signOff().map(s -> s.position()).orElse(blank))));
    rows.add(List.of(Cell.text(w("date")), Cell.text(r.signOff().flatMap(s -> s.date()).orElse(blank))));
    out.add(new Table(List.of("", ""), rows));
  }

  // ------------------------------------------------------------------ appendix and notes

  private void planner(ImprovementPlan plan) {
    h(2, w("plan"));
    p(w("start") + ": " + num(plan.startTotal()));
    if (!plan.questionGains().isEmpty()) {
      int top = Math.min(Markdown.TOP_GAINS, plan.questionGains().size());
      h(3, w("gains") + " (" + top + " / " + plan.questionGains().size() + ")");
      List<List<Cell>> rows = new ArrayList<>();
      int k = 0;
      for (Gain g : plan.questionGains().subList(0, top)) {
        rows.add(List.of(Cell.num(Integer.toString(++k)), Cell.text(g.key()), Cell.num(num(g.score())),
            Cell.num("+" + num(g.gain()))));
      }
      out.add(new Table(List.of("#", w("question"), w("score"), w("gain")), rows));
    }
    h(3, w("indicator_gains"));
    out.add(new Table(List.of(w("indicator"), w("score"), w("gain")), plan.indicatorGains().stream()
        .map(g -> List.of(Cell.num(g.id()), Cell.num(num(g.score())), Cell.num("+" + num(g.gain())))).toList()));
    levels(w("oit_plans"), plan.oitPlans());
    levels(w("indicator_plans"), plan.indicatorPlans());
  }

  private void levels(String title, List<LevelPlan> plans) {
    h(3, title);
    List<List<Cell>> rows = new ArrayList<>();
    for (LevelPlan lp : plans) {
      String what = switch (lp.status()) {
        case ALREADY_MET -> w("lp_met");
        case REACHABLE -> w("lp_reachable", lp.fix().size(), String.join(", ", lp.fix()), num(lp.resultingTotal()));
        case OUT_OF_REACH -> w("lp_out", num(lp.resultingTotal())) + blockers(lp.blockers());
        case UNDETERMINED -> w("lp_undetermined");
      };
      rows.add(List.of(Cell.text(l(lp.target().label())), Cell.text(l(Text.status(lp.status()))), Cell.text(what),
          Cell.text(lp.resultingRating().map(rt -> l(rt.label())).orElse(lp.resultingCandidates().stream()
              .map(rt -> l(rt.label())).collect(Collectors.joining(" / "))))));
    }
    out.add(new Table(List.of(w("level"), w("status"), w("fix"), w("resulting")), rows));
  }

  private static final Pattern BLOCKER = Pattern.compile("(\\S+) ([0-9.]+(?:–[0-9.]+)?) < ([0-9.]+)");

  /** "EIT 87.27 < 95.00" → "; แบบวัด EIT ได้ 87.27 ต่ำกว่า 95.00"; other forms (the JSON has them) as one plain sentence. */
  private String blockers(List<String> blockers) {
    List<String> out = new ArrayList<>();
    for (String b : blockers) {
      Matcher m = BLOCKER.matcher(b);
      if (m.matches()) {
        String what = m.group(1).equals("total") ? w("fig_total") : figureName("tool " + m.group(1));
        out.add(w("lp_blocker", what, m.group(2), m.group(3)));
      } else if (!out.contains(w("lp_blocker_other"))) {
        out.add(w("lp_blocker_other"));
      }
    }
    return out.isEmpty() ? "" : "; " + String.join("; ", out);
  }

  private void notes() {
    h(2, w("notes"));
    ReportHeader h = r.header();
    List<Item> items = new ArrayList<>();
    if (!h.provisional().isEmpty()) {
      String elements = h.provisional().stream().map(x -> figureName(x.element())).collect(Collectors.joining(", "));
      items.add(new Item(w("provisional_note", elements), false, List.of()));
    }
    h.warnings().forEach(x -> items.add(new Item(warning(x), false, List.of())));
    out.add(new Bullets(items));
  }

  private static final Pattern FIGURE = Pattern.compile("(question|item|group|indicator|tool) ([A-Za-z0-9.]+)(?:/(\\w+))?");

  /** "indicator 2", "question e4/PUBLIC", "tool EIT" → the figure's name in the report's language. */
  private String figureName(String engineName) {
    if (engineName.equals("total")) {
      return w("fig_total");
    }
    if (engineName.equals("rating")) {
      return w("fig_rating");
    }
    Matcher m = FIGURE.matcher(engineName);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (m.find()) {
      b.append(engineName, last, m.start());
      String key = switch (m.group(1)) {
        case "question", "item" -> "fig_question";
        case "group" -> "fig_group";
        case "indicator" -> "fig_indicator";
        default -> "fig_tool";
      };
      b.append(w(key, m.group(2)));
      if (m.group(3) != null) {
        Optional<Part> part = java.util.Arrays.stream(Part.values()).filter(p -> p.name().equals(m.group(3))).findFirst();
        b.append(" (").append(part.map(p -> l(p.label())).orElse(m.group(3))).append(")");
      }
      last = m.end();
    }
    b.append(engineName.substring(last));
    return lang == Language.TH ? thaiOnly(b.toString()) : b.toString();
  }

  /** Drops what is left of engine wording (e.g. "weighting ITA-2566/weights") to the ids it names. */
  private static String thaiOnly(String s) {
    return s.replaceAll("\\b(weighting|rating policy|scale|rubric|policy) ", "");
  }

  private String warning(Warning x) {
    String candidates = r.header().ratingCandidates().stream().map(Rating::label).map(this::l)
        .collect(Collectors.joining(" / "));
    return switch (x.kind()) {
      case INCONSISTENT_FIGURE -> w("warn_inconsistent", figureName(x.figure()), num(x.given()), num(x.computed()));
      case RATING_UNDETERMINED -> w("warn_undetermined", candidates);
      case RATING_FROM_PUBLISHED -> w("warn_from_published", candidates);
      case PUBLISHED_RATING_DIFFERS -> w("warn_differs", candidates);
      case PUBLISHED_RATING_UNKNOWN -> w("warn_unknown_rating");
      case EIT_FROM_ONE_PART -> w("warn_one_part");
      case IMPLIED_OUT_OF_RANGE -> w("warn_implied", figureName(x.figure()), num(x.given()), num(x.computed()));
    };
  }
}
