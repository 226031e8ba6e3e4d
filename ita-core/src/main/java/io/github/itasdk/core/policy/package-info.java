/**
 * Policies a rubric carries: the tool {@link io.github.itasdk.core.policy.Weighting} and the
 * {@link io.github.itasdk.core.policy.RatingPolicy} with its {@link io.github.itasdk.core.policy.RatingBand}s.
 * Both are data (each year's values come from its rubric file); the engine owns no policy.
 */
@ItaStyle
package io.github.itasdk.core.policy;

import io.github.itasdk.core.internal.ItaStyle;
