package io.github.itasdk.core.internal;

import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import java.util.List;
import java.util.Map;

/**
 * Counts of chosen levels per question and sub-item for one survey (tool or EIT part). A question's
 * score depends on the respondents only through these counts, so memory grows with questions × levels,
 * never with respondents; the batch scorer fills tallies while streaming rows. The counters lie in one
 * array, question by question in rubric order, sub-item by sub-item, levels 0..k (0 unused), as the
 * tool's {@link ScoringPlan.Survey} lays them out. Not API.
 */
public final class Tally {
  private final ScoringPlan.Survey plan;
  private final long[] counts;
  private long respondents;

  /** @param rubric the rubric @param tool the surveyed tool: one counter per question, sub-item and level */
  public Tally(Rubric rubric, Tool tool) {
    plan = ModelCache.of(rubric).plan().survey(tool.tool());
    counts = new long[plan.counters()];
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
      int q = plan.question(e.getKey());
      int row = plan.start(q);
      int stride = plan.stride(q);
      List<Integer> levels = e.getValue();
      for (int s = 0; s < levels.size(); s++, row += stride) {
        counts[row + levels.get(s)]++;
      }
    }
    respondents++;
  }

  /**
   * Adds one sub-item's choices counted elsewhere (the batch scorer): {@code perLevel[from + level]} choices
   * of each level 1..k, where k is the question's scale size.
   */
  public void add(String question, int subItem, int[] perLevel, int from) {
    int q = plan.question(question);
    int k = plan.stride(q) - 1;
    int row = plan.start(q) + subItem * (k + 1);
    for (int level = 1; level <= k; level++) {
      counts[row + level] += perLevel[from + level];
    }
  }

  /**
   * Adds the choices of a whole survey counted elsewhere (the batch scorer) in this tally's layout: question by
   * question in rubric order (indicator by indicator), sub-item by sub-item, one counter per level 0..k (0 unused).
   *
   * @param counters the counts, as many as this tally has
   * @throws IllegalArgumentException when their number is not this tally's
   */
  public void addAll(int[] counters) {
    if (counters.length != counts.length) {
      throw new IllegalArgumentException(counters.length + " counters for a tally of " + counts.length);
    }
    for (int i = 0; i < counters.length; i++) {
      counts[i] += counters[i];
    }
  }

  /** Adds {@code n} respondents whose choices were added with {@link #add(String, int, int[], int)} or {@link #addAll}. */
  public void addRespondents(long n) {
    respondents += n;
  }

  /** @return the respondents counted */
  public long respondents() {
    return respondents;
  }

  /** @param question a question id @return counts per sub-item and level (index 0 unused), a copy */
  public long[][] counts(String question) {
    int q = plan.question(question);
    int subs = plan.questions()[q].subItems().length;
    int stride = plan.stride(q);
    long[][] out = new long[subs][];
    for (int s = 0; s < subs; s++) {
      out[s] = java.util.Arrays.copyOfRange(counts, plan.start(q) + s * stride, plan.start(q) + (s + 1) * stride);
    }
    return out;
  }

  /**
   * A question's score: the mean over respondents of the mean of its sub-items' points, from the counts —
   * Σ points × count over sub-items and levels ÷ (respondents × sub-items). The points are integers over the
   * scale's common denominator, so the sum is one of integers: in longs while every step fits
   * ({@link #sum}, {@link #divisor}), else in {@link ExactSum}.
   *
   * @param question the question's place in its tool's {@link ScoringPlan.Survey#questions()}
   * @return the score, exactly; null when no one responded
   */
  public Ratio mean(int question) {
    if (respondents == 0) {
      return null;
    }
    long sum = sum(question);
    long divisor = divisor(question);
    if (sum != Ratio.OVERFLOW && divisor != Ratio.OVERFLOW) {
      return Ratio.of(sum, divisor);
    }
    ModelCache.Points[] subs = plan.questions()[question].subItems();
    int stride = plan.stride(question);
    ExactSum exact = new ExactSum();
    for (int s = 0, row = plan.start(question); s < subs.length; s++, row += stride) {
      for (int level = 1; level < stride; level++) {
        if (counts[row + level] != 0) {
          exact.add(subs[s], level, counts[row + level]);
        }
      }
    }
    ModelCache.Points last = subs[subs.length - 1]; // one scale per question: one denominator, either polarity
    return exact.over(last.denominator(), respondents * subs.length);
  }

  /**
   * The numerator of a question's score over {@link #divisor}, not reduced: Σ points × count over sub-items and
   * levels, the points as integers over the scale's common denominator.
   *
   * @param question the question's place in its tool's {@link ScoringPlan.Survey#questions()}
   * @return the sum, or {@code Long.MIN_VALUE} when a step does not fit a long (then see {@link #mean})
   */
  public long sum(int question) {
    ModelCache.Points[] subs = plan.questions()[question].subItems();
    int stride = plan.stride(question);
    long sum = 0;
    for (int s = 0, row = plan.start(question); s < subs.length; s++, row += stride) {
      long[] nums = subs[s].longNumerators();
      if (nums == null) {
        return Ratio.OVERFLOW;
      }
      for (int level = 1; level < stride; level++) {
        long c = counts[row + level];
        if (c != 0) {
          long term = Ratio.mul(nums[level], c);
          sum = term == Ratio.OVERFLOW ? Ratio.OVERFLOW : Ratio.add(sum, term);
          if (sum == Ratio.OVERFLOW) {
            return Ratio.OVERFLOW;
          }
        }
      }
    }
    return sum;
  }

  /**
   * @param question the question's place in its tool's {@link ScoringPlan.Survey#questions()}
   * @return the denominator of its score as {@link #sum} gives it: the scale's common denominator × respondents
   *     × sub-items; {@code Long.MIN_VALUE} when it does not fit a long; positive when there are respondents
   */
  public long divisor(int question) {
    ModelCache.Points[] subs = plan.questions()[question].subItems();
    long den = subs[subs.length - 1].longDenominator(); // one scale per question: one denominator, either polarity
    return den == 0 ? Ratio.OVERFLOW : Ratio.mul(den, respondents * subs.length);
  }
}
