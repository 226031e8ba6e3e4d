package io.github.itasdk.core.rubric;

import java.util.OptionalInt;

/**
 * Which year an OIT item's evidence must cover, relative to the assessed fiscal year (B.E.). Agencies that
 * run on the calendar year or another yearly cycle use that cycle's year of the same number (NACC, ITA
 * manual for fiscal year 2564, §6.4.1, line 654).
 */
public enum EvidencePeriod {
  /** Standing information with no year rule (structure, contacts, channels). */
  NONE(null),
  /** Information or activities of the assessed year. */
  ASSESSED_YEAR(0),
  /** At least the first six months of the assessed year (three months for agencies on another cycle). */
  FIRST_HALF(0),
  /** A plan or policy in force during the assessed year (a multi-year plan must cover it). */
  IN_FORCE(0),
  /** A report on the year before the assessed year. */
  PREVIOUS_YEAR(-1),
  /** No source gives the item's year rule: nothing is checked. */
  UNSTATED(null);

  private final Integer offset;

  EvidencePeriod(Integer offset) {
    this.offset = offset;
  }

  /**
   * @param fiscalYear the assessed fiscal year, B.E.
   * @return the year the evidence must cover, or empty when the period sets no year
   */
  public OptionalInt requiredYear(int fiscalYear) {
    return offset == null ? OptionalInt.empty() : OptionalInt.of(fiscalYear + offset);
  }
}
