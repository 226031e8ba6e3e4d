/**
 * Policies a rubric carries: the tool {@link io.github.itasdk.core.policy.Weighting} and the
 * {@link io.github.itasdk.core.policy.RatingPolicy} with its {@link io.github.itasdk.core.policy.RatingBand}s.
 * Both are data (each year's values come from its rubric file); the engine owns no policy.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    defaultAsDefault = true,
    allParameters = false)
package io.github.itasdk.core.policy;

import org.immutables.value.Value;
