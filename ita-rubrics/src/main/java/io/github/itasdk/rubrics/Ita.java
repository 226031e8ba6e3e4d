package io.github.itasdk.rubrics;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;

/**
 * The short way in: score an input under the shipped rubric it names.
 *
 * <pre>{@code
 * ScoreCard card = Ita.score(Files.readString(Path.of("examples/dept-industrial-works-2566.json")));
 * card.total();    // 98.90
 * card.rating();   // Optional[EXCELLENT ดีเยี่ยม (Excellent)]
 * }</pre>
 */
public final class Ita {
  private Ita() {}

  /**
   * @param input an input naming a shipped rubric
   * @return its score card
   * @throws InvalidInputException listing every problem with its path
   * @throws io.github.itasdk.core.ItaException when the rubric is not shipped
   */
  public static ScoreCard score(AssessmentInput input) {
    return ScoringEngine.of(Rubrics.forId(input.rubric())).score(input);
  }

  /**
   * @param json an input document (see the README's input format)
   * @return its score card
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static ScoreCard score(String json) {
    return score(readInput(json));
  }

  /**
   * Reads an input document, resolving yes/no answers through the shipped rubric it names.
   *
   * @param json an input document
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static AssessmentInput readInput(String json) {
    return ItaJson.readInput(new java.io.StringReader(json), Rubrics::find);
  }

  /**
   * @param fiscalYear B.E. or C.E.
   * @return the shipped rubric of that year
   */
  public static Rubric rubric(int fiscalYear) {
    return Rubrics.forFiscalYear(fiscalYear);
  }
}
