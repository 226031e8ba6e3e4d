package io.github.itasdk.core.card;

import io.github.itasdk.core.internal.CardBuilders;
import java.math.BigDecimal;

/**
 * The engine's fast way to a card's figures, reached only through {@link CardBuilders}: a figure made from a
 * template (made once per rubric) that differs from it only in its score: one object, no builder. Not API.
 */
final class CardParts implements CardBuilders.Parts {
  @Override
  public Figure scored(Figure template, BigDecimal score) {
    return ((ImmutableFigure) template).withScore(score);
  }
}
