package io.github.itasdk.core.rubric;

/** How firmly a rubric fact stands on its source. */
public enum Status {
  /** Transcribed from a source document and checked against it. */
  VERIFIED,
  /** Inferred, assumed or missing from our sources; the provenance note says why. */
  PROVISIONAL
}
