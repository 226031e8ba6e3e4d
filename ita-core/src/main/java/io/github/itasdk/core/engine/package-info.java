/**
 * Scoring: an {@link io.github.itasdk.core.input.AssessmentInput} (raw survey responses, OIT assessments
 * and/or published figures) goes into the pure {@link io.github.itasdk.core.engine.ScoringEngine}; an
 * immutable {@link io.github.itasdk.core.card.ScoreCard} comes out. The engine checks the input against
 * the rubric first and reports every problem at once; it does no I/O, keeps no state and logs nothing
 * about respondents.
 */
package io.github.itasdk.core.engine;
