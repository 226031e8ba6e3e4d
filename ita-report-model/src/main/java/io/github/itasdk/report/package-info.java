/**
 * The report model: immutable values other applications render.
 *
 * <ul>
 *   <li>{@link io.github.itasdk.report.AnalysisReport} — the analysis each agency must publish (OIT item o34 in FY2566)
 *       from one score card: header, tool and indicator tables, questions per indicator, weaknesses and
 *       strengths, the analysis themes, the improvement planner, measures and limitations, and optionally
 *       the uncertainty of the scores ({@link io.github.itasdk.report.UncertaintySection}, from a bootstrap
 *       the caller ran);</li>
 *   <li>{@link io.github.itasdk.report.PlanDocument} — what the agency adds (measures, limitations, suggestions,
 *       sign-off, last year's measures), read with every problem and its path; {@link
 *       io.github.itasdk.report.PlanDrafts} drafts one from a card with the standard measures of the {@link
 *       io.github.itasdk.report.MeasureCatalogue};</li>
 *   <li>{@link io.github.itasdk.report.Comparison} — two score cards of one agency compared at the level
 *       they share (tools, indicators 1–10), each rated under both years' policies;</li>
 *   <li>{@link io.github.itasdk.report.Cohort} — statistics over many agencies' cards (or, through
 *       {@code report.io.CohortCsv}, a CSV of published indicator scores), and ({@link io.github.itasdk.report.Cohort#withUncertainties}) the
 *       members whose rating is too close to call.</li>
 * </ul>
 *
 * <p>Every presented figure is a {@code BigDecimal} rounded HALF_UP to 2 decimals (standard errors 4,
 * probabilities 4 decimals). The model never resamples: intervals come from {@code Bootstrap} in ita-core. The model does no I/O:
 * {@code io.github.itasdk.report.io} reads the cohort CSV into a {@code Cohort};
 * {@code io.github.itasdk.report.render} turns an analysis report into Markdown or standalone HTML, and
 * {@code ItaJson.write(report)} into JSON (schemas under {@code /schema/} in this jar).
 */
@ItaStyle
package io.github.itasdk.report;

import io.github.itasdk.core.internal.ItaStyle;
