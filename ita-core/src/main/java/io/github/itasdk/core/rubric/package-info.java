/**
 * The immutable rubric model: one {@link io.github.itasdk.core.rubric.Rubric} per assessment year, with its
 * {@link io.github.itasdk.core.rubric.Tool}s, {@link io.github.itasdk.core.rubric.Indicator}s, OIT
 * {@link io.github.itasdk.core.rubric.Group}s, {@link io.github.itasdk.core.rubric.Question}s with
 * {@link io.github.itasdk.core.rubric.SubItem}s, {@link io.github.itasdk.core.rubric.AnswerScale}s, analysis
 * themes, the minimum-sample rule and the {@link io.github.itasdk.core.rubric.Provenance} of every fact.
 *
 * <p>Rubrics are data: the shipped years are JSON resources in {@code ita-rubrics}, read and checked by
 * {@link io.github.itasdk.core.rubric.RubricValidator}. Nothing here knows a particular year.
 */
@ItaStyle
package io.github.itasdk.core.rubric;

import io.github.itasdk.core.internal.ItaStyle;
