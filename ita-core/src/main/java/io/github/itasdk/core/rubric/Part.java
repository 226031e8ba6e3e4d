package io.github.itasdk.core.rubric;

import io.github.itasdk.core.Label;

/** The two parts of the EIT in years that split it (FY2566 onward). */
public enum Part {
  /** EIT ส่วนที่ 1 (EIT Public): people who answer on their own through the agency's link. */
  PUBLIC(Label.of("EIT ส่วนที่ 1", "EIT part 1 (public)")),
  /** EIT ส่วนที่ 2 (EIT Survey): respondents the assessors select and survey. */
  SURVEY(Label.of("EIT ส่วนที่ 2", "EIT part 2 (survey)"));

  private final Label label;

  Part(Label label) {
    this.label = label;
  }

  /** @return the Thai and English name of the part */
  public Label label() {
    return label;
  }
}
