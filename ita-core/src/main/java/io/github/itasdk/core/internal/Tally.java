package io.github.itasdk.core.internal;

import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of chosen levels per question and sub-item for one survey (tool or EIT part). A question's
 * score depends on the respondents only through these counts, so memory grows with questions × levels,
 * never with respondents; the batch scorer fills tallies while streaming rows. Not API.
 */
public final class Tally {
  private final Map<String, long[][]> counts = new HashMap<>(128);
  private long respondents;

  /** @param rubric the rubric @param tool the surveyed tool: one counter per question, sub-item and level */
  public Tally(Rubric rubric, Tool tool) {
    for (ModelCache.SurveyQuestion q : ModelCache.of(rubric).survey(tool)) {
      counts.put(q.question().id(), new long[q.subItems().length][q.scale().size() + 1]);
    }
  }

  /**
   * @param rubric the rubric @param tool the surveyed tool @param responses checked responses to it
   * @return the tally of those responses
   */
  public static Tally of(Rubric rubric, Tool tool, SurveyResponses responses) {
    Tally t = new Tally(rubric, tool);
    for (Respondent r : responses.respondents()) {
      t.add(r.answers());
    }
    return t;
  }

  /** Adds one respondent whose answers were checked against the rubric. */
  public void add(Map<String, List<Integer>> answers) {
    for (Map.Entry<String, List<Integer>> e : answers.entrySet()) {
      long[][] c = counts.get(e.getKey());
      List<Integer> levels = e.getValue();
      for (int s = 0; s < levels.size(); s++) {
        c[s][levels.get(s)]++;
      }
    }
    respondents++;
  }

  /**
   * Adds one sub-item's choices counted elsewhere (the batch scorer): {@code perLevel[from + level]} choices
   * of each level 1..k, where k is the question's scale size.
   */
  public void add(String question, int subItem, int[] perLevel, int from) {
    long[] levels = counts.get(question)[subItem];
    for (int level = 1; level < levels.length; level++) {
      levels[level] += perLevel[from + level];
    }
  }

  /** Adds {@code n} respondents whose choices were added with {@link #add(String, int, int[], int)}. */
  public void addRespondents(long n) {
    respondents += n;
  }

  /** @return the respondents counted */
  public long respondents() {
    return respondents;
  }

  /** @param question a question id @return counts per sub-item and level (index 0 unused) */
  public long[][] counts(String question) {
    return counts.get(question);
  }
}
