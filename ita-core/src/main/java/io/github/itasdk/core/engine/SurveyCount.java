package io.github.itasdk.core.engine;

import io.github.itasdk.core.Problem;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.internal.ModelCache;
import io.github.itasdk.core.internal.ScoringPlan;
import io.github.itasdk.core.internal.Tally;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One survey's respondents checked against its tool's questions and counted in the same walk over their
 * answers: each answer is read once, and counted as it is found to fit its question (one level per sub-item,
 * every level on the scale). A respondent who answered every question of the tool, each fittingly, costs one
 * look-up per question and nothing else. Any other respondent has at least one problem; their answers are
 * then walked again in the map's order to describe each problem exactly as the check always has, and the
 * counts, no longer meaningful, are not used.
 *
 * <p>Not thread-shared: one per survey and check.
 */
final class SurveyCount {
  private final Rubric rubric;
  private final Tool tool;
  /** The tool's questions and the layout of their counters, worked out once per rubric. */
  private final ScoringPlan.Survey plan;
  /** Per question of the tool, in rubric order (indicator by indicator): its id and number of sub-items. */
  private final String[] ids;
  private final int[] subItems;
  /** Per question, sub-item and level 0..k (0 unused), laid out as the tool's tally: how many chose it. */
  private final int[] counts;
  /** Per question, where its sub-items' levels lie among a respondent's ({@link #levels}). */
  private final int[] slot;
  /** The levels chosen, respondent by respondent, when kept ({@link #keepLevels}); else null. */
  private byte[] levels;
  /** Where the levels of the respondent being checked start. */
  private int base;

  /**
   * @param rubric a validated rubric
   * @param tool one of its surveyed tools
   */
  SurveyCount(Rubric rubric, Tool tool) {
    this.rubric = rubric;
    this.tool = tool;
    this.plan = ModelCache.of(rubric).plan().survey(tool.tool());
    ModelCache.SurveyQuestion[] questions = plan.questions();
    ids = new String[questions.length];
    subItems = new int[questions.length];
    slot = new int[questions.length + 1];
    for (int q = 0; q < questions.length; q++) {
      ids[q] = questions[q].question().id();
      subItems[q] = questions[q].subItems().length;
      slot[q + 1] = slot[q] + subItems[q];
    }
    counts = new int[plan.counters()];
  }

  /**
   * Keeps, as the answers are counted, every level chosen: respondent j's level for sub-item s of question q
   * (in rubric order) at {@code j · L + slot(q) + s}, L being the sub-items of all the tool's questions. The
   * levels are meaningful only when no respondent had a problem; a scale of more than 127 levels keeps none.
   *
   * @param respondents how many respondents the survey has
   */
  void keepLevels(int respondents) {
    for (int q = 0; q < ids.length; q++) {
      if (plan.stride(q) > Byte.MAX_VALUE + 1) {
        return; // a level that does not fit a byte
      }
    }
    levels = new byte[respondents * slot[ids.length]];
  }

  /** @return the levels kept ({@link #keepLevels}), or null */
  byte[] levels() {
    return levels;
  }

  /**
   * Checks one respondent's answers and counts those that fit. Problems are added in the order of the
   * answers; a list of missing questions comes before them.
   *
   * @param r the respondent
   * @param survey the survey's JSON path, e.g. {@code $.surveys[0]}
   * @param number the respondent's index in the survey
   * @param out where problems go
   */
  void respondent(Respondent r, String survey, int number, List<Problem> out) {
    Map<String, List<Integer>> answers = r.answers();
    base = number * slot[ids.length];
    if (answers.size() == ids.length) { // then every question found means no other key: the usual case
      int q = 0;
      // in the map's order while it is the rubric's (as a survey read or made question by question has it:
      // no look-up), then by id
      for (Map.Entry<String, List<Integer>> e : answers.entrySet()) {
        String id = e.getKey();
        if (id != ids[q] && !id.equals(ids[q]) || !counted(q, e.getValue())) {
          break;
        }
        q++;
      }
      while (q < ids.length) {
        List<Integer> chosen = answers.get(ids[q]);
        if (chosen == null || !counted(q, chosen)) {
          break;
        }
        q++;
      }
      if (q == ids.length) {
        return;
      }
    }
    problems(answers, survey, number, out);
  }

  /** Describes every problem of a respondent's answers (there is at least one), in the answers' order. */
  private void problems(Map<String, List<Integer>> answers, String survey, int number, List<Problem> out) {
    int mark = out.size();
    int known = 0;
    String at = survey + ".respondents[" + number + "]";
    for (Map.Entry<String, List<Integer>> e : answers.entrySet()) {
      String id = e.getKey();
      List<Integer> chosen = e.getValue();
      int q = plan.question(id);
      if (q >= 0) {
        known++;
        if (counted(q, chosen)) { // the counts are unused from here: only whether it fits matters
          continue;
        }
      }
      problem(q, id, chosen, at + ".answers." + id, out);
    }
    if (known != ids.length) { // the map's keys are distinct: every question answered iff all are known
      List<String> missing = new ArrayList<>();
      for (String id : ids) {
        if (!answers.containsKey(id)) {
          missing.add(id);
        }
      }
      if (!missing.isEmpty()) { // reported before the answers' problems, as the answers come after the list
        out.add(mark, new Problem(at + ".answers", "missing answers for " + missing));
      }
    }
  }

  /**
   * Counts the answer to question {@code q} if it fits: one level per sub-item, each on the scale.
   *
   * @return false when it does not fit (some of its levels may have been counted: the counts are then unused)
   */
  private boolean counted(int q, List<Integer> chosen) {
    int n = chosen.size();
    if (n != subItems[q]) {
      return false;
    }
    int stride = plan.stride(q);
    int row = plan.start(q);
    byte[] kept = levels;
    for (int s = 0; s < n; s++, row += stride) {
      Integer level = chosen.get(s);
      if (level == null) {
        return false;
      }
      int v = level;
      if (v < 1 || v >= stride) {
        return false;
      }
      counts[row + v]++;
      if (kept != null) {
        kept[base + slot[q] + s] = (byte) v;
      }
    }
    return true;
  }

  /** Describes why the answer to question {@code q} (-1: not a question of the tool) does not fit. */
  private void problem(int q, String id, List<Integer> chosen, String at, List<Problem> out) {
    if (q < 0) {
      Optional<ToolKind> owner = rubric.toolOf(id);
      out.add(new Problem(at, owner.isEmpty() ? "unknown question id [" + id + "] in " + rubric.id()
          : "question [" + id + "] belongs to " + owner.get() + ", not " + tool.tool()));
      return;
    }
    int subs = subItems[q];
    if (chosen.size() != subs) {
      out.add(new Problem(at, "question " + id + " has " + subs + (subs == 1 ? " sub-item" : " sub-items")
          + ", got " + chosen.size() + (chosen.size() == 1 ? " answer" : " answers")));
      return;
    }
    int k = plan.stride(q) - 1;
    for (int s = 0; s < chosen.size(); s++) {
      Integer level = chosen.get(s);
      if (level == null || level < 1 || level > k) {
        out.add(new Problem(subs == 1 ? at : at + "[" + s + "]", "answer for " + id
            + (subs == 1 ? "" : " sub-item " + (s + 1)) + " out of range (valid levels 1 - " + k + "): " + level));
      }
    }
  }

  /**
   * @param respondents how many respondents the survey has
   * @return the counts as the engine's tally (meaningful only when no respondent had a problem)
   */
  Tally tally(int respondents) {
    Tally t = new Tally(rubric, tool);
    t.addAll(counts); // the same layout: question by question in rubric order, sub-item by sub-item, levels 0..k
    t.addRespondents(respondents);
    return t;
  }
}
