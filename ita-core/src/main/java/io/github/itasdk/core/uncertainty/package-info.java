/**
 * How sure a score is: {@link io.github.itasdk.core.uncertainty.Bootstrap} resamples an agency's
 * respondents to give each figure an {@link io.github.itasdk.core.uncertainty.Interval}, the chance of each
 * rating ({@link io.github.itasdk.core.uncertainty.RatingChance}) and a
 * {@link io.github.itasdk.core.uncertainty.SamplePlan}; seeded, so the same options give the same
 * {@link io.github.itasdk.core.uncertainty.Uncertainty}.
 */
@ItaStyle
package io.github.itasdk.core.uncertainty;

import io.github.itasdk.core.internal.ItaStyle;
