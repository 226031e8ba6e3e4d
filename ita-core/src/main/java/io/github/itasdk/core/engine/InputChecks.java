package io.github.itasdk.core.engine;

import io.github.itasdk.core.Problem;
import io.github.itasdk.core.rubric.EvidenceElement;
import io.github.itasdk.core.rubric.EvidenceRule;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.internal.ProblemList;
import io.github.itasdk.core.internal.Tally;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.ToolPart;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an input against a rubric; every problem carries the JSON path of the offending value.
 *
 * <p>Not API: public only so that the batch scorer and the bootstrap ({@code core.batch},
 * {@code core.uncertainty}) check inputs exactly as {@link ScoringEngine} does. May change in any release.
 */
public final class InputChecks {
  private InputChecks() {}

  /**
   * @param rubric a validated rubric
   * @param in the input
   * @return every problem, each with its JSON path (at most {@value ProblemList#MAX}, then a note);
   *     empty when the input can be scored
   */
  public static List<Problem> problems(Rubric rubric, AssessmentInput in) {
    return check(rubric, in).problems();
  }

  /**
   * What checking an input found: its problems and, counted in the same walk over the answers, each
   * survey's tally.
   *
   * @param problems every problem, as {@link #problems} gives them
   * @param tallies the counted answers per survey; meaningful only when {@code problems} is empty
   * @param levels where asked for, each survey's answer levels as read ({@link SurveyCount#keepLevels});
   *     meaningful only when {@code problems} is empty
   */
  record Checked(List<Problem> problems, Map<ToolPart, Tally> tallies, Map<ToolPart, byte[]> levels) {}

  /**
   * A score card and, read in the same check, each survey's answer levels: what the bootstrap reads of an
   * input, so that it need not walk the answers again.
   *
   * @param card the card {@link ScoringEngine#score} gives
   * @param levels per survey (of every survey given), respondent j's level for sub-item s of the tool's
   *     question q at {@code j · L + (the sub-items of the questions before q) + s}, the questions in rubric
   *     order (indicator by indicator) and L the sub-items of them all; a survey whose scale has more than
   *     127 levels has none
   */
  public record Scored(ScoreCard card, Map<ToolPart, byte[]> levels) {}

  /**
   * Scores an input exactly as {@link ScoringEngine#score} does, with the same errors, and hands over the
   * answer levels read in its check.
   *
   * @param rubric a validated rubric
   * @param in the input
   * @return the card and the levels
   * @throws io.github.itasdk.core.InvalidInputException as {@link ScoringEngine#score} does
   */
  public static Scored scored(Rubric rubric, AssessmentInput in) {
    return ScoringEngine.scored(rubric, in, true);
  }

  /**
   * Checks an input and counts its survey answers in one walk over them: the engine's way in.
   *
   * @param rubric a validated rubric
   * @param in the input
   * @return the problems, as {@link #problems} gives them, and the tallies of the surveys
   */
  static Checked check(Rubric rubric, AssessmentInput in) {
    return check(rubric, in, false);
  }

  /** As {@link #check(Rubric, AssessmentInput)}, keeping each survey's answer levels when {@code keepLevels}. */
  static Checked check(Rubric rubric, AssessmentInput in, boolean keepLevels) {
    ProblemList out = new ProblemList();
    Map<ToolPart, Tally> tallies = new HashMap<>();
    Map<ToolPart, byte[]> levels = keepLevels ? new HashMap<>() : Map.of();
    if (!in.rubric().equals(rubric.id())) {
      out.add(new Problem("$.rubric", "input is for rubric [" + in.rubric() + "], this engine scores [" + rubric.id() + "]"));
      return new Checked(out, tallies, levels);
    }
    surveys(rubric, in, out, tallies, keepLevels ? levels : null);
    oit(rubric, in, out);
    published(rubric, in, out);
    return new Checked(out.done(), tallies, levels);
  }

  private static void surveys(Rubric rubric, AssessmentInput in, List<Problem> out, Map<ToolPart, Tally> tallies,
      Map<ToolPart, byte[]> levels) {
    Set<ToolPart> seen = new HashSet<>();
    for (int i = 0; i < in.surveys().size(); i++) {
      SurveyResponses s = in.surveys().get(i);
      String at = "$.surveys[" + i + "]";
      if (s.tool() == ToolKind.OIT) {
        out.add(new Problem(at + ".tool", "OIT is not a survey: give OIT items under \"oit\""));
        continue;
      }
      Tool tool = rubric.tool(s.tool());
      if (tool.hasParts() && s.part().isEmpty()) {
        out.add(new Problem(at + ".part", rubric.id() + " splits " + s.tool() + " into parts " + tool.parts()
            + ": say which part these responses belong to"));
        continue;
      }
      if (!tool.hasParts() && s.part().isPresent()) {
        out.add(new Problem(at + ".part", rubric.id() + " does not split " + s.tool() + " into parts"));
        continue;
      }
      if (!seen.add(s.toolPart())) {
        out.add(new Problem(at, "a second survey for [" + s.toolPart() + "]: put all its respondents in one"));
      }
      List<Respondent> respondents = s.respondents();
      if (respondents.isEmpty()) {
        out.add(new Problem(at + ".respondents", "no respondents for [" + s.toolPart() + "]: leave the survey out "
            + "or give its published figures"));
      }
      SurveyCount count = new SurveyCount(rubric, tool);
      if (levels != null) {
        count.keepLevels(respondents.size());
      }
      IdSet ids = new IdSet(respondents.size());
      for (int j = 0; j < respondents.size(); j++) {
        Respondent r = respondents.get(j);
        if (!ids.add(r.id())) {
          out.add(new Problem(at + ".respondents[" + j + "].id", "duplicate respondent id [" + r.id() + "]"));
        }
        count.respondent(r, at, j, out);
      }
      tallies.put(s.toolPart(), count.tally(respondents.size()));
      if (levels != null && count.levels() != null) {
        levels.put(s.toolPart(), count.levels());
      }
    }
  }

  /**
   * The respondent ids of one survey seen so far, to find a repeated one: a set in one array (open addressing,
   * at most half full), so that adding an id allocates nothing and mostly costs one probe.
   */
  private static final class IdSet {
    private final String[] slots;
    /** How far a 32-bit hash is shifted to give a slot index (Fibonacci hashing). */
    private final int shift;

    /** @param most the most ids that will be added */
    IdSet(int most) {
      int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, most))); // 2^bits >= 2 * most
      slots = new String[1 << bits];
      shift = 32 - bits;
    }

    /** @return false when the id was added before */
    boolean add(String id) {
      int mask = slots.length - 1;
      int i = (id.hashCode() * 0x9E3779B9) >>> shift;
      for (String seen = slots[i]; seen != null; seen = slots[i]) {
        if (seen.equals(id)) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = id;
      return true;
    }
  }

  private static void oit(Rubric rubric, AssessmentInput in, List<Problem> out) {
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < in.oit().size(); k++) {
      OitAssessment a = in.oit().get(k);
      String at = "$.oit[" + k + "]";
      if (rubric.toolOf(a.item()).orElse(null) != ToolKind.OIT) {
        out.add(new Problem(at + ".item", "unknown OIT item [" + a.item() + "] in " + rubric.id()));
      } else if (!seen.add(a.item())) {
        out.add(new Problem(at + ".item", "duplicate OIT item [" + a.item() + "]"));
      }
      int given = (a.score().isPresent() ? 1 : 0) + (a.answer().isPresent() ? 1 : 0) + (a.excluded().isPresent() ? 1 : 0);
      if (given != 1) {
        out.add(new Problem(at, "give exactly one of score, answer or excluded for " + a.item() + ", got " + given));
      }
      if (a.score().isPresent()) {
        range(at + ".score", "score of " + a.item(), a.score().get(), out);
      }
      if (a.excluded().isPresent() && a.excluded().get().isBlank()) {
        out.add(new Problem(at + ".excluded", "an excluded item needs the reason: the order that prevented the activity"));
      }
      Optional<Question> question = rubric.findQuestion(a.item());
      Optional<EvidenceRule> rule = question.isPresent() ? question.get().evidence() : Optional.empty();
      if (a.excluded().isPresent() && !rubric.mayExclude(a.item())) {
        out.add(new Problem(at + ".excluded", a.item() + " may not be excluded: only items whose contents are activities "
            + "an order can prevent may be (in " + rubric.id() + ": " + rubric.excludableItems() + ")"));
      }
      if (rule.isPresent() && a.evidence().isPresent()) {
        List<String> claimed = a.evidence().get().elements();
        for (int j = 0; j < claimed.size(); j++) {
          if (rule.get().element(claimed.get(j)).isEmpty()) {
            out.add(new Problem(at + ".evidence.elements[" + j + "]", "unknown element [" + claimed.get(j) + "] of "
                + a.item() + " (valid: " + rule.get().elements().stream().map(EvidenceElement::code).toList() + ")"));
          }
        }
      }
    }
  }


  private static void published(Rubric rubric, AssessmentInput in, List<Problem> out) {
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < in.published().size(); k++) {
      PublishedFigure f = in.published().get(k);
      String at = "$.published[" + k + "]";
      range(at + ".score", "published " + f.level().name().toLowerCase(java.util.Locale.ROOT) + " " + f.id(), f.score(), out);
      if (!seen.add(f.level() + "|" + f.id() + "|" + f.part().map(Enum::name).orElse(""))) {
        out.add(new Problem(at, "duplicate published figure " + f));
      }
      if (f.level() == FigureLevel.TOTAL) {
        if (!"total".equals(f.id())) {
          out.add(new Problem(at + ".id", "unknown TOTAL id [" + f.id() + "] in " + rubric.id() + validIds(f.level())));
        } else if (f.part().isPresent()) {
          out.add(new Problem(at + ".part", "the total has no part"));
        }
        continue;
      }
      Optional<ToolKind> tool = toolOfFigure(rubric, f);
      if (tool.isEmpty()) {
        out.add(new Problem(at + ".id", "unknown " + f.level() + " id [" + f.id() + "] in " + rubric.id()
            + validIds(f.level())));
        continue;
      }
      if (f.part().isPresent()) {
        Tool t = rubric.tool(tool.get());
        if (!t.parts().contains(f.part().get())) {
          out.add(new Problem(at + ".part", f.level() + " " + f.id() + " has no part [" + f.part().get() + "] in "
              + rubric.id()));
        }
      }
    }
  }

  private static String validIds(FigureLevel level) {
    return switch (level) {
      case QUESTION -> " (question or OIT item ids such as i1, e4, o17)";
      case GROUP -> " (OIT group ids such as 9.1)";
      case INDICATOR -> " (valid 1 - 10)";
      case TOOL -> " (valid IIT, EIT, OIT)";
      case TOTAL -> " (the id of the total is \"total\")";
    };
  }

  /**
   * @param rubric a validated rubric
   * @param f a published figure
   * @return the tool the figure belongs to; empty for the total or an unknown id
   */
  public static Optional<ToolKind> toolOfFigure(Rubric rubric, PublishedFigure f) {
    switch (f.level()) {
      case QUESTION:
        return rubric.toolOf(f.id());
      case GROUP:
        return rubric.findGroup(f.id()).map(g -> ToolKind.OIT);
      case INDICATOR:
        for (Tool t : rubric.tools()) {
          for (Indicator ind : t.indicators()) {
            if (Integer.toString(ind.number()).equals(f.id())) {
              return Optional.of(t.tool());
            }
          }
        }
        return Optional.empty();
      case TOOL:
        try {
          return Optional.of(ToolKind.valueOf(f.id()));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      default:
        return Optional.empty();
    }
  }

  private static void range(String at, String what, BigDecimal v, List<Problem> out) {
    Scores.scoreProblem(v).ifPresent(p -> out.add(new Problem(at, what + " " + p)));
  }
}
