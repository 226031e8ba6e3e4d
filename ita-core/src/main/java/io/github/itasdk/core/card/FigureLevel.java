package io.github.itasdk.core.card;

/** The level a published figure is given at. */
public enum FigureLevel {
  /** A question or OIT item; id {@code i1}, {@code e4}, {@code o17}. */
  QUESTION,
  /** An OIT sub-indicator or group; id {@code 9.1}. */
  GROUP,
  /** An indicator; id {@code 1} … {@code 10}. */
  INDICATOR,
  /** A tool; id {@code IIT}, {@code EIT}, {@code OIT}. */
  TOOL,
  /** The total; id {@code total}. Checked against the computed total, never used in its place. */
  TOTAL
}
