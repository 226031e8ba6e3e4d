package io.github.itasdk.core.engine;

import io.github.itasdk.core.Problem;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.internal.ModelCache;
import io.github.itasdk.core.internal.Tally;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import java.util.ArrayList;
import java.util.HashMap;
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
  /**
   * Per question of the tool, in rubric order (indicator by indicator): its id, its number of sub-items, its
   * scale's number of levels, where its counts start.
   */
  private final String[] ids;
  private final int[] subItems;
  private final int[] levels;
  private final int[] start;
  /** Per question, sub-item and level 0..k (0 unused): how many respondents chose it. */
  private final int[] counts;
  /** Question id → index; made for the first respondent with a problem. */
  private Map<String, Integer> index;

  /**
   * @param rubric a validated rubric
   * @param tool one of its surveyed tools
   */
  SurveyCount(Rubric rubric, Tool tool) {
    this.rubric = rubric;
    this.tool = tool;
    ModelCache.SurveyQuestion[] questions = ModelCache.of(rubric).survey(tool);
    int n = questions.length;
    ids = new String[n];
    subItems = new int[n];
    levels = new int[n];
    start = new int[n];
    int cells = 0;
    for (int q = 0; q < n; q++) {
      ids[q] = questions[q].question().id();
      subItems[q] = questions[q].subItems().length;
      levels[q] = questions[q].scale().size();
      start[q] = cells;
      cells += subItems[q] * (levels[q] + 1);
    }
    counts = new int[cells];
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
    if (answers.size() == ids.length) { // then every question found means no other key: the usual case
      int q = 0;
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
    if (index == null) {
      index = new HashMap<>(ids.length * 2);
      for (int q = 0; q < ids.length; q++) {
        index.put(ids[q], q);
      }
    }
    int mark = out.size();
    int known = 0;
    String at = survey + ".respondents[" + number + "]";
    for (Map.Entry<String, List<Integer>> e : answers.entrySet()) {
      String id = e.getKey();
      List<Integer> chosen = e.getValue();
      Integer q = index.get(id);
      if (q != null) {
        known++;
        if (counted(q, chosen)) { // the counts are unused from here: only whether it fits matters
          continue;
        }
      }
      problem(q == null ? -1 : q, id, chosen, at + ".answers." + id, out);
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
    int n = subItems[q];
    if (chosen.size() != n) {
      return false;
    }
    int k = levels[q];
    int row = start[q];
    for (int s = 0; s < n; s++, row += k + 1) {
      Integer level = chosen.get(s);
      if (level == null) {
        return false;
      }
      int v = level;
      if (v < 1 || v > k) {
        return false;
      }
      counts[row + v]++;
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
    int k = levels[q];
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
    for (int q = 0; q < ids.length; q++) {
      for (int s = 0, row = start[q]; s < subItems[q]; s++, row += levels[q] + 1) {
        t.add(ids[q], s, counts, row);
      }
    }
    t.addRespondents(respondents);
    return t;
  }
}
