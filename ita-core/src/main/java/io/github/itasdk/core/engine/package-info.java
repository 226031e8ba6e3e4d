/**
 * Scoring: an {@link io.github.itasdk.core.engine.AssessmentInput} (raw survey responses, OIT assessments
 * and/or published figures) goes into the pure {@link io.github.itasdk.core.engine.ScoringEngine}; an
 * immutable {@link io.github.itasdk.core.engine.ScoreCard} comes out.
 */
@ItaStyle
package io.github.itasdk.core.engine;

import io.github.itasdk.core.internal.ItaStyle;
