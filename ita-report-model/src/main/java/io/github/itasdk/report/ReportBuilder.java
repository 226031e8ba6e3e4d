package io.github.itasdk.report;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.RespondentCount;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.AnalysisTheme;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.PublicationCondition;
import io.github.itasdk.core.rubric.PublicationRule;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.report.internal.Words;
import io.github.itasdk.report.plan.ImprovementPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a score card into an {@link AnalysisReport}. */
final class ReportBuilder {
  static final Label MEETS = Words.label("meets");
  static final Label MISSES = Words.label("misses");
  /** How many best questions a strength lists. */
  static final int BEST = 3;

  private final ScoreCard card;
  private final Rubric rubric;
  private final ReportOptions options;
  private final BigDecimal threshold;
  private final Map<String, QuestionRow> rows = new LinkedHashMap<>();

  ReportBuilder(ScoreCard card, Rubric rubric, ReportOptions options) {
    if (!card.rubric().equals(rubric.id())) {
      throw new ItaException("Score card scored under [" + card.rubric() + "] cannot be reported with rubric ["
          + rubric.id() + "]");
    }
    this.card = card;
    this.rubric = rubric;
    this.options = options;
    this.threshold = options.threshold().orElse(rubric.ratingPolicy().target()).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  AnalysisReport build() {
    List<AnalysisTheme> themes = options.themes().orElse(rubric.themes());
    PlanDocument plan = options.plan().orElse(PlanDocument.empty());
    checkPlan(plan, themes);
    List<IndicatorDetail> details = details();
    List<IndicatorRow> indicators = indicatorRows();
    List<ToolRow> tools = tools();
    List<Finding> strengths = strengths(details);
    List<Finding> weaknesses = weaknesses(details);
    Optional<FollowUp> followUp = FollowUps.of(card, rubric, plan, options.previous(), themes);
    ReportHeader header = header();
    Narrative narrative = new Narrative(header, rubric, tools, indicators, strengths, weaknesses, plan.measures(),
        options.previous());
    List<ReportSection> sections = new ArrayList<>(List.of(ReportSection.SUMMARY, ReportSection.TOOLS,
        ReportSection.INDICATORS));
    options.uncertainty().ifPresent(u -> sections.add(ReportSection.UNCERTAINTY));
    sections.addAll(List.of(ReportSection.STRENGTHS, ReportSection.WEAKNESSES, ReportSection.ANALYSIS,
        ReportSection.QUESTIONS, ReportSection.THEMES, ReportSection.MEASURES));
    followUp.ifPresent(f -> sections.add(ReportSection.FOLLOW_UP));
    sections.add(ReportSection.LIMITATIONS);
    if (!plan.suggestions().isEmpty()) {
      sections.add(ReportSection.SUGGESTIONS);
    }
    if (!options.extraSections().isEmpty()) {
      sections.add(ReportSection.EXTRA);
    }
    sections.add(ReportSection.SIGN_OFF);
    sections.add(ReportSection.PLANNER);
    if (!header.provisional().isEmpty() || !header.warnings().isEmpty()) {
      sections.add(ReportSection.NOTES);
    }
    return AnalysisReport.builder()
        .header(header)
        .tools(tools)
        .indicators(indicators)
        .details(details)
        .strengths(strengths)
        .weaknesses(weaknesses)
        .summary(narrative.summary())
        .analyses(narrative.indicators(details))
        .themes(themes(themes))
        .plan(ImprovementPlan.of(card, rubric, threshold))
        .uncertainty(options.uncertainty().map(u -> UncertaintySection.of(u, card, rubric)))
        .measures(plan.measures())
        .limitations(plan.limitations())
        .suggestions(plan.suggestions())
        .signOff(plan.signOff())
        .followUp(followUp)
        .extraSections(options.extraSections())
        .sections(sections)
        .build();
  }

  /** Every theme, indicator and question a row of the plan targets must exist (paths as in the plan file). */
  private void checkPlan(PlanDocument plan, List<AnalysisTheme> themes) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < plan.measures().size(); i++) {
      checkTargets(plan.measures().get(i).targets(), "$.measures[" + i + "].targets", themes, problems);
    }
    for (int i = 0; i < plan.pastMeasures().size(); i++) {
      // last year's measures may name last year's question ids; only themes and indicators are checked
      Targets t = plan.pastMeasures().get(i).targets();
      checkTargets(Targets.builder().from(t).questions(List.of()).build(), "$.pastMeasures[" + i + "].targets",
          themes, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(PlanReader.INVALID, problems);
    }
  }

  private void checkTargets(Targets t, String at, List<AnalysisTheme> themes, List<Problem> problems) {
    for (int k = 0; k < t.themes().size(); k++) {
      int n = t.themes().get(k);
      if (themes.stream().noneMatch(th -> th.number() == n)) {
        problems.add(new Problem(at + ".themes[" + k + "]", themes.isEmpty()
            ? "no analysis theme [" + n + "]: " + rubric.id() + " defines no themes"
            : "no analysis theme [" + n + "] in " + rubric.id() + " (valid 1 - " + themes.size() + ")"));
      }
    }
    for (int k = 0; k < t.indicators().size(); k++) {
      int n = t.indicators().get(k);
      if (rubric.indicators().stream().noneMatch(ind -> ind.number() == n)) {
        problems.add(new Problem(at + ".indicators[" + k + "]", "no indicator [" + n + "] in " + rubric.id()
            + " (valid 1 - " + rubric.indicators().size() + ")"));
      }
    }
    for (int k = 0; k < t.questions().size(); k++) {
      String id = t.questions().get(k);
      if (rubric.findQuestion(id).isEmpty()) {
        problems.add(new Problem(at + ".questions[" + k + "]", "no question or OIT item [" + id + "] in "
            + rubric.id()));
      }
    }
  }

  private ReportHeader header() {
    return ReportHeader.builder()
        .agency(card.agency())
        .fiscalYear(rubric.fiscalYear())
        .fiscalYearCE(rubric.fiscalYearCE())
        .rubric(rubric.id())
        .title(rubric.title())
        .total(card.total())
        .rating(card.rating())
        .ratingCandidates(card.ratingCandidates())
        .ratingPolicy(card.ratingPolicy())
        .threshold(threshold)
        .meetsThreshold(card.total().compareTo(threshold) >= 0)
        .target(rubric.ratingPolicy().target())
        .meetsTarget(card.total().compareTo(rubric.ratingPolicy().target()) >= 0)
        .publication(publication())
        .provisional(card.provisional())
        .warnings(card.warnings())
        .build();
  }

  private Publication publication() {
    List<Label> missed = new ArrayList<>();
    for (String reason : card.unpublishableReasons()) {
      Optional<PublicationRule> rule = rubric.publicationConditions().stream()
          .filter(r -> reason.startsWith(r.label().toString())).findFirst();
      if (rule.isPresent() && rule.get().code() == PublicationCondition.IIT_MINIMUM_SAMPLE) {
        Optional<RespondentCount> iit = card.respondents().stream()
            .filter(c -> c.tool() == ToolKind.IIT && c.minimum().isPresent()).findFirst();
        missed.add(iit.map(c -> Words.format("iit_sample_detail", rule.get().label(), c.count(), c.minimum().get(),
            staffOf(reason))).orElse(rule.get().label()));
      } else {
        missed.add(rule.map(PublicationRule::label).orElse(Label.of(null, reason)));
      }
    }
    List<Label> unchecked = new ArrayList<>();
    for (PublicationCondition c : card.uncheckedConditions()) {
      unchecked.add(rubric.publicationConditions().stream().filter(r -> r.code() == c).map(PublicationRule::label)
          .findFirst().orElse(Label.of(null, c.name())));
    }
    Publication.Status status = !missed.isEmpty() ? Publication.Status.NOT_PUBLISHABLE
        : !unchecked.isEmpty() ? Publication.Status.NOT_ALL_CHECKED : Publication.Status.PUBLISHABLE;
    return Publication.builder().status(status).missed(missed).unchecked(unchecked).build();
  }

  /** The staff count the engine's IIT sample reason names ("… minimum 30 for 120 staff"). */
  private static String staffOf(String reason) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("for (\\d+) staff").matcher(reason);
    return m.find() ? m.group(1) : "?";
  }

  private List<PartScore> parts(Tool tool, java.util.function.Function<Part, Optional<BigDecimal>> f) {
    List<PartScore> ps = new ArrayList<>();
    for (Part p : tool.parts()) {
      f.apply(p).ifPresent(s -> ps.add(PartScore.of(p, s)));
    }
    return ps;
  }

  private List<ToolRow> tools() {
    List<ToolRow> out = new ArrayList<>();
    for (Tool t : rubric.tools()) {
      BigDecimal w = rubric.weighting().weights().stream().filter(tw -> tw.tool() == t.tool())
          .map(ToolWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
      Optional<BigDecimal> score = card.tool(t.tool());
      out.add(ToolRow.builder().tool(t.tool()).label(t.label()).weight(w).score(score)
          .parts(parts(t, card::eit)).meetsThreshold(score.map(s -> s.compareTo(threshold) >= 0)).build());
    }
    return out;
  }

  private List<IndicatorRow> indicatorRows() {
    List<IndicatorRow> out = new ArrayList<>();
    for (Tool t : rubric.tools()) {
      for (Indicator ind : t.indicators()) {
        Optional<BigDecimal> score = card.indicator(ind.number());
        Optional<Boolean> meets = score.map(s -> s.compareTo(threshold) >= 0);
        out.add(IndicatorRow.builder().number(ind.number()).name(ind.name()).tool(t.tool()).score(score)
            .parts(parts(t, p -> card.indicator(ind.number(), p))).meetsThreshold(meets)
            .verdict(meets.map(m -> m ? MEETS : MISSES)).build());
      }
    }
    return out;
  }

  private QuestionRow row(Tool tool, Indicator ind, Optional<String> group, Question q) {
    Optional<String> excluded = card.excludedItems().stream().filter(a -> a.item().equals(q.id())).findFirst()
        .flatMap(OitAssessment::excluded);
    QuestionRow r = QuestionRow.builder().id(q.id()).text(Label.of(q.text().orElse(null), q.gloss()))
        .tool(tool.tool()).indicator(ind.number()).group(group).score(card.question(q.id()))
        .parts(parts(tool, p -> card.question(q.id(), p))).excluded(excluded)
        .provisional(q.provenance().isProvisional()).build();
    rows.put(q.id(), r);
    return r;
  }

  private List<IndicatorDetail> details() {
    List<IndicatorDetail> out = new ArrayList<>();
    for (Tool t : rubric.tools()) {
      for (Indicator ind : t.indicators()) {
        List<QuestionRow> qs = new ArrayList<>();
        List<GroupRow> groups = new ArrayList<>();
        ind.questions().forEach(q -> qs.add(row(t, ind, Optional.empty(), q)));
        for (Group g : ind.groups()) {
          groups.add(GroupRow.builder().id(g.id()).name(g.name()).score(card.group(g.id())).build());
          g.items().forEach(q -> qs.add(row(t, ind, Optional.of(g.id()), q)));
        }
        out.add(IndicatorDetail.builder().number(ind.number()).name(ind.name()).tool(t.tool())
            .score(card.indicator(ind.number())).parts(parts(t, p -> card.indicator(ind.number(), p)))
            .groups(groups).questions(qs).build());
      }
    }
    return out;
  }

  private List<QuestionRow> lowestFirst(List<QuestionRow> qs) {
    return qs.stream().filter(q -> q.isBelow(threshold))
        .sorted(Comparator.comparing((QuestionRow q) -> q.lowest().orElseThrow())).toList();
  }

  /** Indicators below the threshold, in indicator order, each with its questions below it, lowest first. */
  private List<Finding> weaknesses(List<IndicatorDetail> details) {
    List<Finding> out = new ArrayList<>();
    for (IndicatorDetail d : details) {
      if (d.score().isPresent() && d.score().get().compareTo(threshold) < 0) {
        out.add(Finding.builder().indicator(d.number()).name(d.name()).tool(d.tool()).score(d.score().get())
            .questions(lowestFirst(d.questions())).build());
      }
    }
    return out;
  }

  /** Indicators at or above the threshold, in indicator order, with their best questions and those to watch. */
  private List<Finding> strengths(List<IndicatorDetail> details) {
    List<Finding> out = new ArrayList<>();
    for (IndicatorDetail d : details) {
      if (d.score().isPresent() && d.score().get().compareTo(threshold) >= 0) {
        List<QuestionRow> best = d.questions().stream()
            .filter(q -> q.lowest().isPresent() && !q.isBelow(threshold))
            .sorted(Comparator.comparing((QuestionRow q) -> q.lowest().get()).reversed())
            .limit(BEST).toList();
        out.add(Finding.builder().indicator(d.number()).name(d.name()).tool(d.tool()).score(d.score().get())
            .questions(best).watch(lowestFirst(d.questions())).build());
      }
    }
    return out;
  }

  private List<ThemeSection> themes(List<AnalysisTheme> themes) {
    List<ThemeSection> out = new ArrayList<>();
    for (AnalysisTheme t : themes) {
      List<QuestionRow> qs = new ArrayList<>();
      for (String id : t.questions()) {
        QuestionRow r = rows.get(id);
        if (r == null) {
          throw new ItaException("Analysis theme [" + t.number() + "] names question [" + id + "], which rubric ["
              + rubric.id() + "] does not have");
        }
        qs.add(r);
      }
      out.add(ThemeSection.builder().number(t.number()).name(t.name()).questions(qs)
          .belowThreshold(lowestFirst(qs).stream().map(QuestionRow::id).toList()).build());
    }
    return out;
  }

  static ToolKind toolOf(Rubric r, int indicator) {
    return r.tools().stream().filter(t -> t.indicators().stream().anyMatch(i -> i.number() == indicator))
        .map(Tool::tool).findFirst().orElseThrow();
  }
}
