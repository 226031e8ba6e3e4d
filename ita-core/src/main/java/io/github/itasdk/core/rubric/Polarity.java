package io.github.itasdk.core.rubric;

/** Whether a sub-item asks about a good practice (best answer: the highest level) or a bad one. */
public enum Polarity {
  /** A good practice: the highest level (or "yes") scores best. */
  POSITIVE,
  /** A bad practice: the lowest level (or "no") scores best; the scale's points are reversed. */
  NEGATIVE
}
