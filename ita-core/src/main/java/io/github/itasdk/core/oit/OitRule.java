package io.github.itasdk.core.oit;

/**
 * What an assessor would object to in an OIT answer, as the self-check finds it offline. Each rule says
 * whether, when the objection holds, the item scores 0 ({@link #losesItem()}) or only deserves a look.
 */
public enum OitRule {
  /** The item is missing from the answers. */
  NOT_ANSWERED(true),
  /** Answered no: nothing published. */
  ANSWERED_NO(true),
  /** Answered yes without a URL (every answer needs yes/no, URL and explanation). */
  NO_URL(true),
  /** Answered yes without the explanation of where the information is. */
  NO_EXPLANATION(true),
  /** A URL that cannot be read. */
  URL_MALFORMED(true),
  /** A URL that is not http or https. */
  URL_NOT_WEB(true),
  /** A URL outside the agency's main website (loses the item only when no URL is on it). */
  URL_OFF_SITE(true),
  /** The agency's main website is not in the input, so URLs could not be checked against it. */
  NO_WEBSITE(false),
  /** The item has a year rule and no year is given. */
  YEAR_MISSING(false),
  /** The stated year does not cover the year the item asks for. */
  WRONG_YEAR(true),
  /** Some required elements are not claimed. */
  ELEMENTS_MISSING(true),
  /** No element is claimed at all: a reminder of what the item must show. */
  ELEMENTS_NOT_STATED(false),
  /** A claimed element code the item does not have. */
  ELEMENT_UNKNOWN(false),
  /** An exclusion of an item the rubric does not let be excluded. */
  EXCLUSION_NOT_ALLOWED(true),
  /** An allowed exclusion whose reason names no order, announcement, resolution or measure. */
  EXCLUSION_NO_ORDER(false);

  private final boolean losesItem;

  OitRule(boolean losesItem) {
    this.losesItem = losesItem;
  }

  /** @return true when the item scores 0 if the objection holds (a finding may soften it, see {@link OitFinding}) */
  public boolean losesItem() {
    return losesItem;
  }
}
