package io.github.itasdk.core.card;

import io.github.itasdk.core.internal.CardBuilders;
import java.math.BigDecimal;

/**
 * The engine's way to the card's builders, reached only through {@link CardBuilders}, and its fast way to a
 * card's figures: a figure made from a template (made once per rubric) that differs from it only in its
 * score: one object, no builder. Not API.
 */
final class CardParts implements CardBuilders.Parts {
  @Override
  public Figure scored(Figure template, BigDecimal score) {
    return ((ImmutableFigure) template).withScore(score);
  }

  @Override
  public ScoreCard.Builder scoreCard() {
    return ScoreCard.builder();
  }

  @Override
  public Figure.Builder figure() {
    return Figure.builder();
  }

  @Override
  public Warning.Builder warning() {
    return Warning.builder();
  }

  @Override
  public RespondentCount.Builder respondentCount() {
    return RespondentCount.builder();
  }

  @Override
  public ProvisionalNote provisionalNote(String element, String note) {
    return ProvisionalNote.of(element, note);
  }
}
