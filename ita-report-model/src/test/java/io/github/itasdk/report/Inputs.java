package io.github.itasdk.report;

import io.github.itasdk.core.engine.AssessmentInput;
import io.github.itasdk.core.engine.FigureLevel;
import io.github.itasdk.core.engine.PublishedFigure;
import java.math.BigDecimal;

/** Test inputs. */
final class Inputs {
  private Inputs() {}

  static AssessmentInput.Builder fromIndicators(String rubric, String... scores) {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(rubric);
    for (int i = 0; i < scores.length; i++) {
      b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(i + 1), new BigDecimal(scores[i])));
    }
    return b;
  }
}
