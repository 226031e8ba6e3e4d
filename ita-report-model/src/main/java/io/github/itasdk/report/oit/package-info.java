/**
 * The OIT self-check for an officer: the core's {@link io.github.itasdk.core.oit.OitCheck} together with the
 * improvement planner's order of the items to fix and the smallest sets of items that reach each level
 * ({@link io.github.itasdk.report.oit.OitReview}), and its plain-text rendering in Thai or English
 * ({@link io.github.itasdk.report.oit.OitReviewText}).
 */
@ItaStyle
package io.github.itasdk.report.oit;

import io.github.itasdk.core.internal.ItaStyle;
