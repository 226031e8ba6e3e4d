package io.github.itasdk.report;

/**
 * The sections of an analysis report, in the order {@link AnalysisReport#sections()} lists those the report
 * has. Renderers walk that list, so every format prints the same sections in the same order.
 */
public enum ReportSection {
  /** Agency, year, total, rating, national target, publication, and the opening summary. */
  SUMMARY,
  /** Tool scores. */
  TOOLS,
  /** Indicator scores with ผ่านเกณฑ์ / ไม่ผ่านเกณฑ์. */
  INDICATORS,
  /** How sure the scores are (when the caller ran a bootstrap). */
  UNCERTAINTY,
  /** Strengths: indicators that reach the threshold, with their best questions, to maintain. */
  STRENGTHS,
  /** Weaknesses: indicators below the threshold, with their weakest questions, to fix urgently. */
  WEAKNESSES,
  /** One analysis paragraph per indicator. */
  ANALYSIS,
  /** The scores of every question and OIT item. */
  QUESTIONS,
  /** The analysis themes and their questions below the threshold. */
  THEMES,
  /** The measures for the coming year. */
  MEASURES,
  /** Last year's measures and how their figures moved (when given). */
  FOLLOW_UP,
  /** The agency's limitations in doing the assessment. */
  LIMITATIONS,
  /** Suggestions to the NACC (when given). */
  SUGGESTIONS,
  /** Sections added by the caller or other SDK parts (when any). */
  EXTRA,
  /** The executive's sign-off (a blank signature block when not yet given). */
  SIGN_OFF,
  /** Appendix: which questions and indicators raise the total most, and what each level needs. */
  PLANNER,
  /** Notes: provisional rubric data and consistency warnings (when any). */
  NOTES
}
