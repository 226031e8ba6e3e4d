/**
 * How sure a score is: {@link io.github.itasdk.core.uncertainty.Bootstrap} resamples an agency's
 * respondents to give each figure an {@link io.github.itasdk.core.uncertainty.Interval}, the chance of each
 * rating ({@link io.github.itasdk.core.uncertainty.RatingChance}) and a
 * {@link io.github.itasdk.core.uncertainty.SamplePlan}; seeded, so the same options give the same
 * {@link io.github.itasdk.core.uncertainty.Uncertainty} on any number of threads. Each resample is rated
 * exactly, as a score card is (see {@code Resampler} for the arithmetic, {@code Draws} for the random
 * draws).
 */
@ItaStyle
package io.github.itasdk.core.uncertainty;

import io.github.itasdk.core.internal.ItaStyle;
