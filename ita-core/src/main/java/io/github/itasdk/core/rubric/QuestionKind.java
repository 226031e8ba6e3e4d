package io.github.itasdk.core.rubric;

/** How a question is answered. */
public enum QuestionKind {
  /** A survey question answered on a k-level scale. */
  SCALE,
  /** A survey question answered yes or no (a two-level scale). */
  YES_NO,
  /** An OIT item scored by the assessors, 0–100 (or yes/no = 100/0). */
  ASSESSOR;

  /** @return true for the kinds respondents answer (they need sub-items and a scale) */
  public boolean isSurvey() {
    return this != ASSESSOR;
  }
}
