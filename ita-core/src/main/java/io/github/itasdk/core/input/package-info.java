/**
 * What is scored: one agency's {@link io.github.itasdk.core.input.AssessmentInput} — its
 * {@link io.github.itasdk.core.input.Agency}, raw {@link io.github.itasdk.core.input.SurveyResponses} of
 * anonymous {@link io.github.itasdk.core.input.Respondent}s, {@link io.github.itasdk.core.input.OitAssessment}s
 * of the published-information items, and {@link io.github.itasdk.core.input.PublishedFigure}s copied from an
 * official report. Immutable values with builders; nothing here knows how to score.
 */
@ItaStyle
package io.github.itasdk.core.input;

import io.github.itasdk.core.internal.ItaStyle;
