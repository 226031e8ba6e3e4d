/**
 * The result: an immutable {@link io.github.itasdk.core.card.ScoreCard} of one agency under one rubric —
 * every {@link io.github.itasdk.core.card.Figure} (total, tools, EIT parts, indicators, groups, questions)
 * with its {@link io.github.itasdk.core.card.Origin}, the rating and its
 * {@link io.github.itasdk.core.card.RatingBasis}, respondent counts, {@link io.github.itasdk.core.card.Warning}s
 * and notes on provisional rubric facts. Figures are exact inside and rounded HALF_UP to 2 decimals for
 * display and rating.
 */
@ItaStyle
package io.github.itasdk.core.card;

import io.github.itasdk.core.internal.ItaStyle;
