package io.github.itasdk.core.rubric;

/**
 * A condition an agency must meet for its result to be announced (manual §7.1). A result that misses
 * one is still scored; the score card says why it is not publishable.
 */
public enum PublicationCondition {
  /** The agency registered for the assessment. */
  REGISTERED,
  /** The agency submitted its stakeholder data (staff and external contact lists). */
  STAKEHOLDER_DATA,
  /** The agency answered the OIT. */
  OIT_ANSWERED,
  /** The IIT had at least the minimum sample of respondents. */
  IIT_MINIMUM_SAMPLE
}
