package io.github.itasdk.core.rubric;

import io.github.itasdk.core.Scores;

import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.ToolWeight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Checks a rubric before it is used: tools listed IIT, EIT, OIT and EIT parts PUBLIC, SURVEY (the batch
 * format relies on it); unique ids; indicators numbered 1..n each once, in the order the tools list them
 * (which tool holds which indicators is the rubric's data);
 * survey questions with a known scale and at least one sub-item; OIT items without sub-items; positive
 * weights, tool weights summing to 100 and covering every tool or part once; answer scales numbered 1..k
 * with points in 0–100; rating bands within 0–100 whose floor-less bands tile 0.00–100.00 with no gap or
 * overlap; a target score and a national target share within 0–100; theme ids that exist; a note on every
 * provisional fact; OIT evidence rules only on OIT items, with unique lower-case element codes,
 * counterparts that are OIT ids, and marked provisional when mapped from another year or without elements.
 *
 * <pre>{@code
 * List<Problem> problems = RubricValidator.problems(rubric);   // empty when valid
 * Rubric checked = RubricValidator.validated(rubric);            // or InvalidRubricException
 * }</pre>
 */
public final class RubricValidator {
  private static final BigDecimal HUNDRED = Scores.MAX;
  private static final BigDecimal STEP = new BigDecimal("0.01");


  /** Bands by lower bound (a class, not a lambda: see the note on Rubric's loops). */
  private static final Comparator<RatingBand> BY_MIN = new Comparator<>() {
    @Override
    public int compare(RatingBand a, RatingBand b) {
      return a.min().compareTo(b.min());
    }
  };

  private RubricValidator() {}

  /**
   * @param rubric the rubric to check
   * @return the same rubric
   * @throws InvalidRubricException naming the rubric and every problem found
   */
  public static Rubric validated(Rubric rubric) {
    List<Problem> problems = problems(rubric);
    if (!problems.isEmpty()) {
      throw new InvalidRubricException(rubric.id(), problems);
    }
    return rubric;
  }

  /**
   * @param rubric the rubric to check
   * @return every problem found, each located as {@code <rubric id>/<path>}; empty when valid (checked once
   *     per rubric instance)
   */
  public static List<Problem> problems(Rubric rubric) {
    return rubric.problems();
  }

  static List<Problem> check(Rubric rubric) {
    List<Problem> out = new ArrayList<>();
    String r = rubric.id();
    if (!r.equals("ITA-" + rubric.fiscalYear())) {
      out.add(new Problem(r, "id [" + r + "] does not match fiscal year [" + rubric.fiscalYear()
          + "] (expected [ITA-" + rubric.fiscalYear() + "])"));
    }
    provenance(r, rubric.provenance(), out);
    scales(rubric, out);
    tools(rubric, out);
    weights(rubric, out);
    policy(r + "/ratingPolicy", rubric.ratingPolicy(), out);
    samples(r + "/sampleRule", rubric.sampleRule(), out);
    themes(rubric, out);
    return out;
  }

  private static void provenance(String where, Provenance p, List<Problem> out) {
    if (p.isProvisional() && (p.note().isEmpty() || p.note().get().isBlank())) {
      out.add(new Problem(where, "provisional fact without a note saying why"));
    }
  }

  private static void scales(Rubric rubric, List<Problem> out) {
    Set<String> ids = new HashSet<>();
    for (AnswerScale s : rubric.scales()) {
      String where = rubric.id() + "/scales[" + s.id() + "]";
      if (!ids.add(s.id())) {
        out.add(new Problem(where, "duplicate scale id [" + s.id() + "]"));
      }
      provenance(where, s.provenance(), out);
      if (s.levels().size() < 2) {
        out.add(new Problem(where, "a scale needs at least 2 levels, has [" + s.levels().size() + "]"));
      }
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < s.levels().size(); i++) {
        ScaleLevel l = s.levels().get(i);
        if (l.value() != i + 1) {
          out.add(new Problem(where, "level " + (i + 1) + " has value [" + l.value() + "], expected [" + (i + 1) + "]"));
        }
        if (l.code().isPresent() && !codes.add(l.code().get().toLowerCase(java.util.Locale.ROOT))) {
          out.add(new Problem(where, "duplicate level code [" + l.code().get() + "]"));
        }
        try {
          Ratio p = Ratio.parse(l.points());
          if (p.signum() < 0 || p.compareTo(Ratio.of(Scores.MAX)) > 0) {
            out.add(new Problem(where, "points of level " + l.value() + " out of range (valid 0 - 100): " + l.points()));
          }
        } catch (NumberFormatException | ArithmeticException e) {
          out.add(new Problem(where, "points of level " + l.value() + " are not a number or fraction: [" + l.points() + "]"));
        }
      }
    }
  }

  private static void tools(Rubric rubric, List<Problem> out) {
    String r = rubric.id();
    Map<ToolKind, Integer> toolCount = new EnumMap<>(ToolKind.class);
    Map<Integer, Integer> indicatorCount = new HashMap<>();
    Set<String> questionIds = new HashSet<>();
    Set<String> groupIds = new HashSet<>();
    int listed = 0;
    for (Tool t : rubric.tools()) {
      listed += t.indicators().size();
    }
    int previous = 0;
    for (Tool tool : rubric.tools()) {
      String tw = r + "/tools[" + tool.tool() + "]";
      toolCount.put(tool.tool(), toolCount.getOrDefault(tool.tool(), 0) + 1);
      if (tool.hasParts() && tool.tool() != ToolKind.EIT) {
        out.add(new Problem(tw, "only EIT can have parts, found " + tool.parts()));
      }
      if (new HashSet<>(tool.parts()).size() != tool.parts().size()) {
        out.add(new Problem(tw, "duplicate part in " + tool.parts()));
      }
      if (tool.indicators().isEmpty()) {
        out.add(new Problem(tw, "tool has no indicators"));
      }
      for (Indicator ind : tool.indicators()) {
        String iw = tw + "/indicators[" + ind.number() + "]";
        indicatorCount.put(ind.number(), indicatorCount.getOrDefault(ind.number(), 0) + 1);
        if (ind.number() < 1 || ind.number() > listed) {
          out.add(new Problem(iw, "indicator numbered outside 1 - " + listed + ": " + ind.number()));
        } else if (ind.number() < previous) {
          out.add(new Problem(iw, "indicator " + ind.number() + " listed after indicator " + previous
              + " (number the indicators in the order of the tools and their indicators)"));
        }
        previous = Math.max(previous, ind.number());
        boolean oit = tool.tool() == ToolKind.OIT;
        if (oit && !ind.questions().isEmpty()) {
          out.add(new Problem(iw, "an OIT indicator holds groups of items, not questions"));
        }
        if (!oit && !ind.groups().isEmpty()) {
          out.add(new Problem(iw, "a survey indicator holds questions, not groups"));
        }
        if (ind.allQuestions().isEmpty()) {
          out.add(new Problem(iw, "indicator has no questions"));
        }
        for (Group g : ind.groups()) {
          String gw = iw + "/groups[" + g.id() + "]";
          if (!groupIds.add(g.id())) {
            out.add(new Problem(gw, "duplicate group id [" + g.id() + "]"));
          }
          positive(gw, "group weight", g.weight(), out);
          if (g.provenance().isPresent()) {
            provenance(gw, g.provenance().get(), out);
          }
          if (g.items().isEmpty()) {
            out.add(new Problem(gw, "group has no items"));
          }
        }
        for (Question q : ind.allQuestions()) {
          question(rubric, iw + "/" + q.id(), tool.tool(), q, questionIds, out);
        }
      }
    }
    List<ToolKind> order = new ArrayList<>();
    for (Tool t : rubric.tools()) {
      order.add(t.tool());
    }
    if (order.size() == ToolKind.values().length && !order.equals(List.of(ToolKind.values()))) {
      out.add(new Problem(r + "/tools", "tools listed " + order + ", expected " + List.of(ToolKind.values())));
    }
    for (Tool t : rubric.tools()) {
      if (t.hasParts() && !t.parts().equals(List.of(Part.values()).subList(0, t.parts().size()))) {
        out.add(new Problem(r + "/tools[" + t.tool() + "]", "parts listed " + t.parts() + ", expected "
            + List.of(Part.values())));
      }
    }
    for (ToolKind k : ToolKind.values()) {
      int n = toolCount.getOrDefault(k, 0);
      if (n != 1) {
        out.add(new Problem(r + "/tools", "tool " + k + " appears " + n + " times, expected once"));
      }
    }
    for (int n = 1; n <= listed; n++) {
      int c = indicatorCount.getOrDefault(n, 0);
      if (c == 0) {
        out.add(new Problem(r + "/tools", "indicator " + n + " is missing"));
      } else if (c > 1) {
        out.add(new Problem(r + "/tools", "duplicate indicator " + n + " (" + c + " times)"));
      }
    }
  }

  private static void question(Rubric rubric, String where, ToolKind tool, Question q, Set<String> ids,
      List<Problem> out) {
    if (!ids.add(q.id())) {
      out.add(new Problem(where, "duplicate question id [" + q.id() + "]"));
    }
    provenance(where, q.provenance(), out);
    positive(where, "question weight", q.weight(), out);
    if (q.text().isEmpty() && !q.provenance().isProvisional()) {
      out.add(new Problem(where, "question without its wording must be marked provisional"));
    }
    boolean oit = tool == ToolKind.OIT;
    if (oit != (q.kind() == QuestionKind.ASSESSOR)) {
      out.add(new Problem(where, "kind " + q.kind() + " does not fit tool " + tool
          + (oit ? " (OIT items are ASSESSOR)" : " (survey questions are SCALE or YES_NO)")));
    }
    if (q.kind().isSurvey()) {
      if (q.subItems().isEmpty()) {
        out.add(new Problem(where, "a " + q.kind() + " question needs at least one sub-item"));
      }
      if (q.scale().isEmpty()) {
        out.add(new Problem(where, "a " + q.kind() + " question needs a scale"));
      } else {
        var scale = rubric.findScale(q.scale().get());
        if (scale.isEmpty()) {
          out.add(new Problem(where, "unknown scale [" + q.scale().get() + "] (scales: "
              + rubric.scales().stream().map(AnswerScale::id).toList() + ")"));
        } else if (q.kind() == QuestionKind.YES_NO && !isYesNo(scale.get())) {
          out.add(new Problem(where, "a YES_NO question needs a 2-level scale coded no (level 1) and yes (level 2), ["
              + scale.get().id() + "] is not"));
        }
      }
    } else if (!q.subItems().isEmpty() || q.scale().isPresent()) {
      out.add(new Problem(where, "an ASSESSOR item has no sub-items and no scale"));
    }
    if (q.evidence().isPresent()) {
      evidence(where + "/evidence", q, q.evidence().get(), out);
    }
  }

  /**
   * @return true for words of lower-case ASCII letters and digits joined by single hyphens ({@code a-1-bc}),
   *     the regular expression {@code [a-z0-9]+(-[a-z0-9]+)*} written out: loading a rubric compiles no
   *     pattern (java.util.regex links lambda classes in every cold process that uses it)
   */
  static boolean isElementCode(String s) {
    boolean afterHyphen = true; // at the start, as after a hyphen, a letter or digit must come
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /** @return true for an OIT item id, {@code o} and a number without a leading zero: {@code o[1-9][0-9]*} */
  static boolean isOitId(String s) {
    if (s.length() < 2 || s.charAt(0) != 'o' || s.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** An OIT item's required contents: element codes usable in inputs, honest provenance. */
  private static void evidence(String where, Question q, EvidenceRule e, List<Problem> out) {
    if (q.kind() != QuestionKind.ASSESSOR) {
      out.add(new Problem(where, "only OIT items have evidence rules, " + q.id() + " is " + q.kind()));
    }
    provenance(where, e.provenance(), out);
    if (e.exclusion().isPresent()) {
      provenance(where + "/exclusion", e.exclusion().get().provenance(), out);
    }
    Set<String> codes = new HashSet<>();
    for (EvidenceElement el : e.elements()) {
      if (!isElementCode(el.code())) {
        out.add(new Problem(where, "element code [" + el.code() + "] must be lower-case letters, digits and '-'"));
      }
      if (!codes.add(el.code())) {
        out.add(new Problem(where, "duplicate element code [" + el.code() + "]"));
      }
    }
    for (String c : e.counterparts()) {
      if (!isOitId(c)) {
        out.add(new Problem(where, "counterpart [" + c + "] is not an OIT item id such as o12"));
      }
    }
    if (!e.counterparts().isEmpty() && !e.provenance().isProvisional()) {
      out.add(new Problem(where, "evidence rules mapped from another year's items must be marked provisional"));
    }
    if (e.elements().isEmpty() && !e.provenance().isProvisional()) {
      out.add(new Problem(where, "evidence rules without elements must be marked provisional (no source gives them)"));
    }
  }

  /** Yes/no answers may be written as booleans or yes/no in inputs, so the scale must be coded that way. */
  private static boolean isYesNo(AnswerScale s) {
    return s.size() == 2 && s.levels().get(0).code().equals(Optional.of("no"))
        && s.levels().get(1).code().equals(Optional.of("yes"));
  }

  private static void positive(String where, String what, BigDecimal w, List<Problem> out) {
    if (w.signum() <= 0) {
      out.add(new Problem(where, what + " must be positive: " + w.toPlainString()));
    }
  }

  private static void weights(Rubric rubric, List<Problem> out) {
    String where = rubric.id() + "/weighting";
    provenance(where, rubric.weighting().provenance(), out);
    BigDecimal sum = BigDecimal.ZERO;
    Set<ToolPart> seen = new HashSet<>();
    for (ToolWeight w : rubric.weighting().weights()) {
      positive(where, "weight of " + w.toolPart(), w.weight(), out);
      sum = sum.add(w.weight());
      if (!seen.add(w.toolPart())) {
        out.add(new Problem(where, "duplicate weight for [" + w.toolPart() + "]"));
      }
    }
    if (sum.compareTo(HUNDRED) != 0) {
      out.add(new Problem(where, "weights of rubric [" + rubric.id() + "] sum to [" + sum.stripTrailingZeros()
          .toPlainString() + "], expected [100]"));
    }
    for (Tool t : rubric.tools()) {
      boolean whole = seen.contains(ToolPart.of(t.tool()));
      long parts = 0;
      for (Part p : t.parts()) {
        parts += seen.contains(ToolPart.of(t.tool(), p)) ? 1 : 0;
      }
      boolean allParts = t.hasParts() && parts == t.parts().size();
      if (whole == allParts || (!whole && parts != t.parts().size()) || (whole && parts > 0)) {
        out.add(new Problem(where, "tool " + t.tool() + " must be weighted once: as a whole"
            + (t.hasParts() ? " or by each of its parts " + t.parts() : "")));
      }
    }
    for (ToolPart tp : seen) {
      boolean known = false;
      for (Tool t : rubric.tools()) {
        known |= t.tool() == tp.tool() && (tp.part() == null || t.parts().contains(tp.part()));
      }
      if (!known) {
        out.add(new Problem(where, "weight for [" + tp + "], which the rubric does not have"));
      }
    }
  }

  private static void policy(String where, RatingPolicy policy, List<Problem> out) {
    provenance(where, policy.provenance(), out);
    Set<String> codes = new HashSet<>();
    List<RatingBand> plain = new ArrayList<>();
    if (!Scores.isScore(policy.target())) {
      out.add(new Problem(where, "target out of range (valid 0.00 - 100.00): " + policy.target().toPlainString()));
    }
    provenance(where + "/targetShare", policy.targetShare().provenance(), out);
    if (!Scores.isScore(policy.targetShare().percent())) {
      out.add(new Problem(where + "/targetShare", "share of agencies out of range (valid 0 - 100 percent): "
          + policy.targetShare().percent().toPlainString()));
    }
    for (RatingBand b : policy.bands()) {
      String bw = where + "/bands[" + b.code() + "]";
      if (!codes.add(b.code())) {
        out.add(new Problem(bw, "duplicate band code [" + b.code() + "]"));
      }
      for (BigDecimal v : List.of(b.min(), b.max())) {
        if (!Scores.isScore(v) || v.stripTrailingZeros().scale() > 2) {
          out.add(new Problem(bw, "bound out of range (valid 0.00 - 100.00, 2 decimals): " + v.toPlainString()));
        }
      }
      if (b.toolFloor().isPresent() && !Scores.isScore(b.toolFloor().get())) {
        out.add(new Problem(bw, "tool floor out of range (valid 0.00 - 100.00): " + b.toolFloor().get().toPlainString()));
      }
      if (b.min().compareTo(b.max()) > 0) {
        out.add(new Problem(bw, "min [" + b.min().toPlainString() + "] above max [" + b.max().toPlainString() + "]"));
      }
      if (b.toolFloor().isEmpty()) {
        plain.add(b);
      }
    }
    plain.sort(BY_MIN);
    BigDecimal expected = BigDecimal.ZERO;
    for (RatingBand b : plain) {
      int c = b.min().compareTo(expected);
      if (c > 0) {
        out.add(new Problem(where, "rating bands leave a gap: " + expected.toPlainString() + " - "
            + b.min().subtract(STEP).toPlainString() + " has no band"));
      } else if (c < 0) {
        out.add(new Problem(where, "rating bands overlap at " + b.min().toPlainString() + " (band " + b.code() + ")"));
      }
      expected = b.max().add(STEP);
    }
    if (expected.compareTo(HUNDRED.add(STEP)) != 0) {
      out.add(new Problem(where, "rating bands without a tool floor must cover 0.00 - 100.00; they end at "
          + expected.subtract(STEP).toPlainString()));
    }
  }

  private static void samples(String where, SampleRule s, List<Problem> out) {
    provenance(where, s.provenance(), out);
    if (s.everyoneBelow() < 0 || s.minimum() < 0 || s.fixed() <= 0 || s.fixedAbove() < s.everyoneBelow()
        || s.fraction().signum() <= 0 || s.fraction().compareTo(BigDecimal.ONE) > 0) {
      out.add(new Problem(where, "inconsistent minimum-sample rule: " + s));
    }
  }

  private static void themes(Rubric rubric, List<Problem> out) {
    Set<Integer> numbers = new HashSet<>();
    for (AnalysisTheme t : rubric.themes()) {
      String where = rubric.id() + "/themes[" + t.number() + "]";
      provenance(where, t.provenance(), out);
      if (!numbers.add(t.number())) {
        out.add(new Problem(where, "duplicate theme number [" + t.number() + "]"));
      }
      for (String id : t.questions()) {
        if (rubric.findQuestion(id).isEmpty()) {
          out.add(new Problem(where, "theme names question [" + id + "], which does not exist"));
        }
      }
    }
  }
}
