package io.github.itasdk.core.engine;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.RubricValidator;
import java.util.List;
import java.util.Objects;

/**
 * Scores assessment inputs under one rubric. Pure and thread-safe: no I/O, no clock, no logging, no
 * state beyond the immutable rubric; the same input always gives an equal score card.
 *
 * <p>Levels (the NACC's ITA manual for fiscal year 2564, §7.2): a question scores the mean over respondents of the mean of its sub-items' points;
 * an OIT group the weighted mean of its items that are not excluded; an indicator the weighted mean of
 * its questions or groups; a tool the mean of its indicators (an EIT split into parts: each part scored
 * through the same levels, and EIT as a whole the weight-weighted mean of its parts); the total
 * Σ tool × weight / Σ weights. All arithmetic is exact; figures are rounded HALF_UP to 2 decimals only
 * on the card, and ratings are decided on those rounded figures. A published figure in the input takes
 * the place of the figure computed from lower levels; a disagreement becomes a {@link Warning}. The
 * published total is the exception: it is only checked against the total the weighting gives.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.of(Rubrics.forFiscalYear(2566));
 * ScoreCard card = engine.score(ItaJson.readInput(json));
 * }</pre>
 */
public final class ScoringEngine {
  private final Rubric rubric;

  private ScoringEngine(Rubric rubric) {
    this.rubric = rubric;
  }

  /**
   * @param rubric the rubric (every rubric from {@code Rubrics} is valid; one built by hand is validated
   *     here, once per rubric instance)
   * @return an engine for that rubric
   * @throws io.github.itasdk.core.InvalidRubricException listing every problem of an invalid rubric
   */
  public static ScoringEngine of(Rubric rubric) {
    return new ScoringEngine(RubricValidator.validated(Objects.requireNonNull(rubric, "rubric")));
  }

  /** @return the rubric this engine scores under */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * Checks an input against the rubric without scoring it.
   *
   * @param input the input
   * @return every problem, each with its JSON path; empty when the input can be scored
   */
  public List<Problem> check(AssessmentInput input) {
    InputChecks.Checked checked = InputChecks.check(rubric, input);
    if (!checked.problems().isEmpty()) {
      return checked.problems();
    }
    return new Computation(rubric, input, checked.tallies()).run().problems();
  }

  /**
   * @param input the input; its {@code rubric} must be this engine's rubric id
   * @return the score card
   * @throws InvalidInputException listing every problem with its JSON path (unknown ids, answers out of
   *     range, wrong sub-item counts, duplicates, a tool or part with no data …)
   */
  public ScoreCard score(AssessmentInput input) {
    return scored(rubric, input, false).card();
  }

  /** As {@link #score}, keeping each survey's answer levels as read when {@code keepLevels} ({@link InputChecks#scored}). */
  static InputChecks.Scored scored(Rubric rubric, AssessmentInput input, boolean keepLevels) {
    Objects.requireNonNull(input, "input");
    // the answers counted (and their levels kept) while checked
    InputChecks.Checked checked = InputChecks.check(rubric, input, keepLevels);
    if (!checked.problems().isEmpty()) {
      throw new InvalidInputException(checked.problems());
    }
    Computation.Result result = new Computation(rubric, input, checked.tallies()).run();
    if (!result.problems().isEmpty()) {
      throw new InvalidInputException(result.problems());
    }
    return new InputChecks.Scored(result.card(), checked.levels());
  }

  @Override
  public String toString() {
    return "ScoringEngine[" + rubric.id() + "]";
  }
}
