package io.github.itasdk.report;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.AnalysisTheme;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the follow-up of last year's measures: statuses from this year's plan, figures from both cards. */
final class FollowUps {
  private FollowUps() {}

  static Optional<FollowUp> of(ScoreCard card, Rubric rubric, PlanDocument plan, Optional<PreviousResult> previous,
      List<AnalysisTheme> themes) {
    List<PastMeasure> past = new ArrayList<>(plan.pastMeasures());
    previous.flatMap(PreviousResult::plan).ifPresent(last -> {
      for (Measure m : last.measures()) {
        if (past.stream().noneMatch(p -> p.title().strip().equals(m.title().strip()))) {
          past.add(PastMeasure.builder().title(m.title()).targets(m.targets())
              .status(PastMeasure.Status.NOT_REPORTED).build());
        }
      }
    });
    if (past.isEmpty() && previous.isEmpty()) {
      return Optional.empty();
    }
    FollowUp.Builder b = FollowUp.builder();
    previous.ifPresent(p -> {
      b.previousFiscalYear(p.rubric().fiscalYear()).previousRubric(p.rubric().id());
      Label total = Words.label("fig_total");
      b.total(DeltaRow.builder().id("total").name(total).first(p.card().total()).second(card.total())
          .delta(card.total().subtract(p.card().total())).build());
    });
    for (PastMeasure m : past) {
      b.addRows(FollowUpRow.builder().measure(m).moves(moves(m.targets(), card, rubric, previous)).build());
    }
    return Optional.of(b.build());
  }

  private static List<FigureMove> moves(Targets t, ScoreCard card, Rubric rubric, Optional<PreviousResult> previous) {
    List<FigureMove> out = new ArrayList<>();
    if (t.indicators().isEmpty() && t.questions().isEmpty()) {
      out.add(FigureMove.builder().id(t.themes().isEmpty() ? "-" : "theme " + t.themes())
          .name(Words.label("no_comparable"))
          .reason(Words.label(t.themes().isEmpty() ? "move_no_targets" : "move_theme")).build());
      return out;
    }
    for (int n : t.indicators()) {
      Label name = rubric.indicators().stream().filter(i -> i.number() == n).map(Indicator::name).findFirst()
          .orElse(Words.format("fig_indicator", n));
      out.add(move("indicator " + n, name, previous.flatMap(p -> p.card().indicator(n)), card.indicator(n), previous));
    }
    for (String id : t.questions()) {
      boolean sameYear = previous.map(p -> p.rubric().id().equals(rubric.id())).orElse(false);
      Label name = Words.format("fig_question", id);
      if (previous.isPresent() && !sameYear) {
        out.add(FigureMove.builder().id(id).name(name).reason(Words.label("move_question_years")).build());
      } else {
        out.add(move(id, name, previous.flatMap(p -> p.card().question(id)),
            sameYear ? card.question(id) : Optional.empty(), previous));
      }
    }
    return out;
  }

  private static FigureMove move(String id, Label name, Optional<BigDecimal> before, Optional<BigDecimal> after,
      Optional<PreviousResult> previous) {
    FigureMove.Builder b = FigureMove.builder().id(id).name(name).before(before).after(after);
    if (previous.isEmpty()) {
      return b.reason(Words.label("move_no_card")).build();
    }
    if (before.isEmpty() || after.isEmpty()) {
      return b.reason(Words.label("move_missing")).build();
    }
    return b.change(after.get().subtract(before.get())).build();
  }
}
