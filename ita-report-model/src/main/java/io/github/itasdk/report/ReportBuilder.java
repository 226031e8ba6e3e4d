package io.github.itasdk.report;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.AnalysisTheme;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
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
  static final Label MEETS = Label.of("ผ่านเกณฑ์", "meets");
  static final Label MISSES = Label.of("ไม่ผ่านเกณฑ์", "misses");

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
    this.threshold = options.threshold().setScale(2, java.math.RoundingMode.HALF_UP);
  }

  AnalysisReport build() {
    List<AnalysisTheme> themes = options.themes().orElse(rubric.themes());
    checkMeasures(themes);
    List<IndicatorDetail> details = details();
    return AnalysisReport.builder()
        .header(header())
        .tools(tools())
        .indicators(indicatorRows())
        .details(details)
        .weaknesses(findings(details, true))
        .strengths(findings(details, false))
        .themes(themes(themes))
        .plan(ImprovementPlan.of(card, rubric, threshold))
        .uncertainty(options.uncertainty().map(u -> UncertaintySection.of(u, card, rubric)))
        .measures(options.measures())
        .limitations(options.limitations())
        .build();
  }

  private void checkMeasures(List<AnalysisTheme> themes) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < options.measures().size(); i++) {
      Measure m = options.measures().get(i);
      String where = "measures[" + i + "]";
      if (m.subject() == Measure.Subject.THEME && themes.stream().noneMatch(t -> t.number() == m.number())) {
        problems.add(new Problem(where, "no analysis theme [" + m.number() + "] in " + rubric.id() + " (themes: "
            + themes.stream().map(AnalysisTheme::number).toList() + ")"));
      }
      if (m.subject() == Measure.Subject.INDICATOR
          && rubric.indicators().stream().noneMatch(ind -> ind.number() == m.number())) {
        problems.add(new Problem(where, "no indicator [" + m.number() + "] in " + rubric.id() + " (valid 1 - "
            + rubric.indicators().size() + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
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
        .publishable(card.publishable())
        .unpublishableReasons(card.unpublishableReasons())
        .provisional(card.provisional())
        .warnings(card.warnings().stream().map(Warning::message).toList())
        .build();
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

  private List<Finding> findings(List<IndicatorDetail> details, boolean weak) {
    List<Finding> out = new ArrayList<>();
    for (IndicatorDetail d : details) {
      if (d.score().isEmpty()) {
        continue;
      }
      BigDecimal s = d.score().get();
      boolean below = s.compareTo(threshold) < 0;
      List<QuestionRow> low = lowestFirst(d.questions());
      if (weak ? below : !below && !low.isEmpty()) {
        out.add(Finding.builder().indicator(d.number()).name(d.name()).tool(d.tool()).score(s).questions(low).build());
      }
    }
    out.sort(Comparator.comparing(Finding::score).thenComparingInt(Finding::indicator));
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
