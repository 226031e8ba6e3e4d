/**
 * Scoring: an {@link io.github.itasdk.core.engine.AssessmentInput} (raw survey responses, OIT assessments
 * and/or published figures) goes into the pure {@link io.github.itasdk.core.engine.ScoringEngine}; an
 * immutable {@link io.github.itasdk.core.engine.ScoreCard} comes out.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    defaultAsDefault = true,
    allParameters = false)
package io.github.itasdk.core.engine;

import org.immutables.value.Value;
