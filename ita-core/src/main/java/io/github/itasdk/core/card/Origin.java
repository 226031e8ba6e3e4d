package io.github.itasdk.core.card;

/** Where a figure on a score card comes from. */
public enum Origin {
  /** Given in the input as a published figure. */
  GIVEN,
  /** Computed from lower-level input. */
  COMPUTED
}
