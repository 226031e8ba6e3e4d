package io.github.itasdk.cli;

import io.github.itasdk.core.card.ProvisionalNote;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Renders a score card as a plain-text table for people at a terminal. */
final class CardText {
  private CardText() {}

  static String render(ScoreCard card, Rubric rubric, List<ScoreCard> rerated) {
    StringBuilder sb = new StringBuilder();
    sb.append(card.agency().orElse("(agency not named)")).append(" — ").append(rubric.id()).append(" (FY")
        .append(rubric.fiscalYear()).append("/").append(rubric.fiscalYearCE()).append(")\n");
    sb.append("Total ").append(card.total().toPlainString()).append("   Rating ").append(rating(card)).append(NL);
    for (ScoreCard other : rerated) {
      sb.append("      under ").append(other.ratingPolicy()).append(": ").append(rating(other)).append(NL);
    }
    if (!card.publishable()) {
      sb.append("NOT PUBLISHABLE: ").append(String.join("; ", card.unpublishableReasons())).append('\n');
    }
    sb.append("\nTool          Score");
    if (rubric.tool(ToolKind.EIT).hasParts()) {
      sb.append("   Part 1 (public)  Part 2 (survey)");
    }
    sb.append('\n');
    for (ToolKind t : ToolKind.values()) {
      sb.append(padRight(t.name(), 12)).append(' ').append(padLeft(score(card.tool(t)), 6));
      if (t == ToolKind.EIT && rubric.tool(ToolKind.EIT).hasParts()) {
        sb.append("   ").append(padLeft(score(card.eit(Part.PUBLIC)), 15)).append("  ")
            .append(padLeft(score(card.eit(Part.SURVEY)), 15));
      }
      sb.append('\n');
    }
    sb.append("\nIndicator                                              Score  ≥target\n");
    for (Indicator ind : rubric.indicators()) {
      Optional<BigDecimal> s = card.indicator(ind.number());
      String name = ind.name().toString();
      String passed = s.isEmpty() ? "" : s.get().compareTo(rubric.ratingPolicy().target()) >= 0 ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์";
      sb.append(padLeft(Integer.toString(ind.number()), 2)).append(' ').append(padRight(cut(name, 50), 50)).append(' ')
          .append(padLeft(score(s), 6)).append("  ").append(passed).append(NL);
    }
    long given = 0;
    for (io.github.itasdk.core.card.Figure f : card.indicators()) {
      given += f.origin() == io.github.itasdk.core.card.Origin.GIVEN ? 1 : 0;
    }
    if (given > 0) {
      sb.append("(").append(given).append(" indicator figures given in the input)\n");
    }
    if (!card.respondents().isEmpty()) {
      sb.append("\nRespondents: ");
      for (io.github.itasdk.core.card.RespondentCount r : card.respondents()) {
        sb.append(r).append("  ");
      }
      sb.append('\n');
    }
    if (!card.warnings().isEmpty()) {
      sb.append("\nWarnings:\n");
      for (Warning w : card.warnings()) {
        sb.append("  - ").append(w.message()).append('\n');
      }
    }
    if (!card.provisional().isEmpty()) {
      sb.append("\nProvisional rubric data these figures rest on:\n");
      for (ProvisionalNote n : card.provisional()) {
        sb.append("  - ").append(n.element()).append(": ").append(n.note()).append('\n');
      }
    }
    return sb.toString();
  }

  static String render(io.github.itasdk.core.uncertainty.Uncertainty u) {
    StringBuilder sb = new StringBuilder();
    if (!u.available()) {
      return "Uncertainty: " + u.reason().orElse("none") + "\n";
    }
    sb.append(String.format("Uncertainty (%d%% bootstrap interval, %d resamples, seed %d)%n",
        Math.round(u.options().level() * 100), u.options().resamples(), u.options().seed()));
    u.total().ifPresent(t -> sb.append(String.format("  total      %6s  [%s, %s]  se %s%n", t.estimate().toPlainString(),
        t.low().toPlainString(), t.high().toPlainString(), t.standardError().toPlainString())));
    u.tools().forEach(t -> sb.append(String.format("  %-10s %6s  [%s, %s]%n", t.id() + t.part().map(p -> "/" + p).orElse(""),
        t.estimate().toPlainString(), t.low().toPlainString(), t.high().toPlainString())));
    u.probabilityMeetsTarget().ifPresent(p -> sb.append(String.format("  P(total ≥ target) = %.4f%n", p)));
    u.probabilityRatingDiffers().ifPresent(p -> sb.append(String.format("  P(rating differs from the point estimate's) = %.4f%n", p)));
    sb.append("  rating levels: ");
    u.ratings().stream().filter(r -> r.probability() > 0).forEach(r -> sb.append(String.format("%s %.4f  ", r.label().preferThai(), r.probability())));
    sb.append('\n');
    u.planning().forEach(p -> sb.append("  for ±").append(u.options().targetHalfWidth().toPlainString()).append(" on the total: ")
        .append(p).append('\n'));
    u.notes().forEach(n -> sb.append("  note: ").append(n).append('\n'));
    return sb.toString();
  }

  static String rating(ScoreCard card) {
    if (card.rating().isPresent()) {
      Rating r = card.rating().get();
      return r.label() + (r.meetsTarget() ? "  [meets the target]" : "  [below the target]");
    }
    return "undetermined: one of " + card.ratingCandidates().stream().map(Rating::label).toList();
  }

  private static String score(Optional<BigDecimal> v) {
    return v.isPresent() ? v.get().toPlainString() : "–";
  }

  // Padding by hand rather than String.format: the formatter's set-up (its pattern, the locale's number
  // symbols) costs a one-agency command ~4 ms; the columns are the same (%-Ns and %Ns count chars).
  private static final String NL = System.lineSeparator();

  private static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

}
